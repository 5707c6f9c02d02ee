/**
 * Lower-case ASCII slug of a name for entity keys: "Aliaksandr Łukašenka" -> "aliaksandr-lukasenka".
 *
 * @example
 * slugifyName('Alexander Lukashenko'); // 'alexander-lukashenko'
 */
export function slugifyName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Comparable form of a name: case and diacritics folded, possessive dropped. */
export function foldName(name: string): string {
  return slugifyName(name.replace(/['’]s$/i, ''));
}
