/**
 * One report's raw input, as it goes into the pipeline: the verbatim bytes (content-addressed)
 * and what kind of thing they are.
 */
export interface ReportSource {
  readonly kind: 'report-source';
  /** Where it came from, as the user would name it: `a/b.html`, `dump.ndjson:17`, `stdin`. */
  readonly name: string;
  /** The raw bytes kept verbatim (decompressed, for .gz inputs). */
  readonly bytes: Uint8Array;
  readonly sha256: string;
  /** `html` page, `text` scraped plain text, `markdown`, or `record`: one NDJSON object. */
  readonly format: 'html' | 'text' | 'markdown' | 'record';
  /** For `record`: the parsed object's fields, validated. */
  readonly record?: ReportRecord;
  /** URL the bytes were fetched from, when known. */
  readonly url?: string;
  /** HTTP Content-Type, when known (its charset wins over guessing). */
  readonly contentType?: string;
  /**
   * When this program fetched the bytes from `url` (ISO time), for pages it fetched itself. Only
   * then is "Updated 9:06 AM" or "Dec. 24" a date: the extractor resolves a missing year or a bare
   * time against it. A file or a dump line was saved at a time nobody told us, so it has none.
   */
  readonly fetchedAt?: string;
}

/** The fields of one NDJSON report line. */
export interface ReportRecord {
  readonly id: string | null;
  readonly title: string | null;
  readonly text: string | null;
  readonly html: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly lang: string | null;
}

/** An input that could not become a report, and why. */
export interface SourceFailure {
  readonly kind: 'source-failure';
  readonly name: string;
  readonly reason: string;
}
