import type { Script } from './measure-unit.js';

/** Scripts used by one main language, so the script alone names it (ISO 639-1). */
const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<Script, string>> = {
  hangul: 'ko', greek: 'el', hebrew: 'he', thai: 'th', georgian: 'ka', armenian: 'hy',
};

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A fallback language for texts the statistical identifier leaves undetermined, from the writing
 * system alone: Han without kana is Chinese, with kana Japanese, Hangul Korean, and so on.
 * Returns null for scripts shared by many languages (Latin, Cyrillic, Arabic).
 *
 * @example
 * languageFromScript('杭州开通首条夜间公交线路', 'cjk') // 'zh'
 */
export function languageFromScript(text: string, script: Script | null): string | null {
  if (script === 'cjk') return KANA.test(text) ? 'ja' : 'zh';
  return script ? SINGLE_LANGUAGE_SCRIPTS[script] ?? null : null;
}
