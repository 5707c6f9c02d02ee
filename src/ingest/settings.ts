/**
 * Limits of the ingest stage. Each states its unit and why it is where it is.
 */

/**
 * Largest single report (an HTML page, a text file, one NDJSON line), in bytes after
 * decompression. Real article pages are under 5 MB; 32 MiB leaves room for pages bloated with
 * inline scripts while refusing dumps mistaken for one page (a 50 MB file is refused with advice).
 */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;

/**
 * Largest decompressed size of a .gz input, in bytes. NDJSON dumps may legitimately be large;
 * beyond this the input is refused so that a decompression bomb cannot exhaust memory.
 */
export const MAX_DECOMPRESSED_BYTES = 1024 * 1024 * 1024;

/**
 * Share of control characters (other than tab, newline, carriage return, form feed) among the
 * first bytes above which an input is called binary. Text in any encoding has essentially none;
 * images, PDFs and archives have 10-30%. 1% tolerates a stray escape in scraped text.
 */
export const MAX_CONTROL_CHAR_RATIO = 0.01;

/** Bytes sampled from the start of an input to decide whether it is binary. */
export const BINARY_SNIFF_BYTES = 8192;

/**
 * Confidence (0-100, chardet's scale) needed to decode a text file that is not valid UTF-8 in the
 * guessed encoding instead of refusing it. Below it, guesses between Latin code pages are coin flips.
 */
export const MIN_ENCODING_GUESS_CONFIDENCE = 50;
