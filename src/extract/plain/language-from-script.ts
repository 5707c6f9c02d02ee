import type { Script } from './measure-unit.js';

/**
 * Scripts that name a language when the identifier gave up (ISO 639-1). Arabic script is shared
 * with Persian and Urdu, but franc names those (`pes`, `urd` map to 639-1); what it leaves
 * undetermined is Standard Arabic, whose code `arb` has no 639-1 twin.
 */
const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<Script, string>> = {
  hangul: 'ko', greek: 'el', hebrew: 'he', thai: 'th', georgian: 'ka', armenian: 'hy', arabic: 'ar',
};

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A fallback language for texts the statistical identifier leaves undetermined, from the writing
 * system alone: Han without kana is Chinese, with kana Japanese, Hangul Korean, and so on.
 * Returns null for scripts shared by many languages (Latin, Cyrillic).
 *
 * @example
 * languageFromScript('杭州开通首条夜间公交线路', 'cjk') // 'zh'
 */
export function languageFromScript(text: string, script: Script | null): string | null {
  if (script === 'cjk') return KANA.test(text) ? 'ja' : 'zh';
  return script ? SINGLE_LANGUAGE_SCRIPTS[script] ?? null : null;
}
