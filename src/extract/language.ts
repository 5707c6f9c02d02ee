import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import { MAX_LANGUAGE_SAMPLE_CHARS, MIN_LANGUAGE_SAMPLE_CHARS } from './settings.js';

/**
 * franc names some languages by an individual code inside an ISO 639 macrolanguage that has no
 * 639-1 code of its own (Standard Arabic `arb`, Mandarin `cmn`); these map to the macrolanguage's.
 */
const INDIVIDUAL_TO_MACRO_639_1: Readonly<Record<string, string>> = {
  arb: 'ar', cmn: 'zh', swh: 'sw', uzn: 'uz', zlm: 'ms', azj: 'az', plt: 'mg', pes: 'fa', pbu: 'ps', npi: 'ne', ckb: 'ku', fuv: 'ff',
};

/**
 * Identifies the language of a text by character trigrams (franc), as an ISO 639-1 code.
 * Returns null when the text is too short to tell or the language is undetermined.
 *
 * @example
 * detectLanguage('Belarus freed 123 political prisoners on Saturday after talks with the U.S.') // 'en'
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, MAX_LANGUAGE_SAMPLE_CHARS);
  if (sample.replace(/\s+/g, '').length < MIN_LANGUAGE_SAMPLE_CHARS) return null;
  const code3 = franc(sample, { minLength: MIN_LANGUAGE_SAMPLE_CHARS });
  if (code3 === 'und') return null;
  return iso6393To1[code3] ?? INDIVIDUAL_TO_MACRO_639_1[code3] ?? null;
}

/** Normalises a declared language tag (`en-GB`, `EN`, `eng`) to ISO 639-1, or null if unusable. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (/^[a-z]{3}$/.test(primary)) return iso6393To1[primary] ?? null;
  return null;
}
