import { createHash } from 'node:crypto';

/** Hex sha256 of some bytes: the content address of a raw input. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Hex digits of the content address kept in a report id: 64 bits, so a collision needs billions
 * of reports (birthday bound about 4e9), far beyond one news archive.
 */
const REPORT_ID_HEX_DIGITS = 16;

/** The stable id of the report whose raw content has this sha256: `r` + 16 hex digits. */
export function reportIdFor(contentSha256: string): string {
  return `r${contentSha256.slice(0, REPORT_ID_HEX_DIGITS)}`;
}
