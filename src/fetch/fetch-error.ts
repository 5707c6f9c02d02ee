/** What went wrong with a fetch, for callers that react differently (back off, give up, report). */
export type FetchProblem =
  | 'bad-url'
  | 'refused-address'
  | 'too-many-redirects'
  | 'timeout'
  | 'too-large'
  | 'decompression-bomb'
  | 'http-status'
  | 'robots'
  | 'network';

/**
 * A fetch that did not produce a usable response. The message names the URL and the problem.
 *
 * @example
 * new FetchError('https://x.test/a', 'timeout', 'no complete response within 30000 ms')
 */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly url: string,
    readonly problem: FetchProblem,
    detail: string,
    /** The HTTP status, for `http-status`. */
    readonly status: number | null = null,
    /** Seconds to wait before asking again, from Retry-After (429/503). */
    readonly retryAfter: number | null = null,
  ) {
    super(`${url}: ${detail}`);
  }
}
