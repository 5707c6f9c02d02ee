/**
 * Markdown written or scraped as a report -> the plain text the debris remover reads: heading
 * markers, emphasis, link and image syntax, block quote markers and rules go; the words stay,
 * one line per line. Offsets later refer to the extracted text, so nothing here has to keep them.
 *
 * @example
 * markdownToText('# Title\n\n*Outlet, 1 May 2026*\n\nSee [the report](https://x.example).')
 * // 'Title\n\nOutlet, 1 May 2026\n\nSee the report.'
 */
export function markdownToText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map(convertLine)
    .filter((line): line is string => line !== null)
    .join('\n');
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/;
const BLOCK_QUOTE = /^\s{0,3}>\s?/;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\([^)]*\)/g;
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
const EMPHASIS_STAR = /\*(?=\S)([^*]+?)(?<=\S)\*/g;
// Underscore emphasis only at word edges, so snake_case words survive.
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}])/gu;
const CODE = /`([^`]+)`/g;

function convertLine(line: string): string | null {
  if (RULE.test(line)) return null;
  let out = line.replace(BLOCK_QUOTE, '');
  const heading = HEADING.exec(out);
  if (heading) out = heading[1] ?? '';
  return out
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS_STAR, '$1')
    .replace(EMPHASIS_UNDERSCORE, '$1')
    .replace(CODE, '$1');
}
