import chardet from 'chardet';
import { CHARSET_PRESCAN_BYTES, MAX_SNIFF_BYTES } from './settings.js';

/** How the bytes were decoded and why. */
export interface DecodedHtml {
  readonly html: string;
  /** WHATWG encoding label used. */
  readonly encoding: string;
  /** Where the encoding came from: `bom`, `content-type`, `meta`, `guess`, `default`. */
  readonly source: 'bom' | 'content-type' | 'meta' | 'guess' | 'default' | 'string';
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** True when the platform's TextDecoder knows the label. */
function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function sniffBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** A page that declares UTF-16 in its (ASCII-readable) meta tag cannot be UTF-16; browsers read UTF-8 then. */
function usableDeclared(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (l.startsWith('utf-16') || l === 'unicode') return 'utf-8';
  return isKnownLabel(l) ? l : null;
}

/** True when bytes are valid UTF-8 (fatal decoder succeeds on the sample). */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    // A cut multi-byte sequence at the sample's end is not an error: trim up to 3 bytes.
    let end = bytes.length;
    if (end === MAX_SNIFF_BYTES) while (end > 0 && end > bytes.length - 4 && (bytes[end - 1]! & 0xc0) === 0x80) end--;
    if (end < bytes.length && end > 0) end--;
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes HTML bytes the way a browser would: byte-order mark, then the charset of the
 * Content-Type header, then a `<meta charset>` / http-equiv declaration in the first bytes, then a
 * statistical guess (chardet) when the bytes are not valid UTF-8, else UTF-8.
 */
export function decodeHtml(input: string | Uint8Array, contentType?: string): DecodedHtml {
  if (typeof input === 'string') return { html: input, encoding: 'utf-16', source: 'string' };
  const bytes = input;
  const bom = sniffBom(bytes);
  if (bom) return { html: new TextDecoder(bom).decode(bytes), encoding: bom, source: 'bom' };

  const fromHeader = contentType?.match(CONTENT_TYPE_CHARSET)?.[1];
  if (fromHeader) {
    const label = usableDeclared(fromHeader);
    if (label) return { html: new TextDecoder(label).decode(bytes), encoding: label, source: 'content-type' };
  }

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  const fromMeta = head.match(META_CHARSET)?.[1];
  if (fromMeta) {
    const label = usableDeclared(fromMeta);
    if (label) return { html: new TextDecoder(label).decode(bytes), encoding: label, source: 'meta' };
  }

  const sample = bytes.subarray(0, MAX_SNIFF_BYTES);
  if (isValidUtf8(sample)) return { html: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'default' };
  const guessed = chardet.detect(sample);
  const label = guessed ? usableDeclared(guessed) : null;
  if (label) return { html: new TextDecoder(label).decode(bytes), encoding: label, source: 'guess' };
  return { html: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', source: 'default' };
}
