/** What each file name ending means (after any .gz). */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, 'html' | 'text' | 'markdown' | 'ndjson'>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
};

/** Signatures of common binary formats, so the error can say what the file is. */
export const MAGIC_NUMBERS: ReadonlyArray<{ label: string; prefix: readonly number[] }> = [
  { label: 'PDF document', prefix: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { label: 'PNG image', prefix: [0x89, 0x50, 0x4e, 0x47] },
  { label: 'JPEG image', prefix: [0xff, 0xd8, 0xff] },
  { label: 'GIF image', prefix: [0x47, 0x49, 0x46, 0x38] },
  { label: 'ZIP archive or Office document', prefix: [0x50, 0x4b, 0x03, 0x04] },
  { label: 'ELF executable', prefix: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'WebP or RIFF media', prefix: [0x52, 0x49, 0x46, 0x46] },
];

/** Markup that marks a text as an HTML page when its name does not say. */
export const HTML_SNIFF = /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i;
