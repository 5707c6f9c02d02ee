import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The JSON body of every error response of the API. */
export interface ErrorBody {
  readonly error: {
    readonly status: number;
    /** What was wrong with the request and, when there is one, how to fix it. */
    readonly message: string;
  };
}

/**
 * A request that cannot be served, with the response that says why. Thrown anywhere in a
 * handler; the app's error handler turns it into JSON for the API and an HTML page for the web
 * UI. Status codes under 500 are the client's fault and their message is shown as it is.
 *
 * @example
 * throw new HttpError(400, 'limit must be a whole number from 1 to 100, not "abc"');
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    /** Extra response headers (`WWW-Authenticate`, `Allow`, `Retry-After`). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  /** The error as an API response: `{ error: { status, message } }`. */
  getResponse(): Response {
    const body: ErrorBody = { error: { status: this.status, message: this.message } };
    return new Response(JSON.stringify(body), {
      status: this.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...this.headers },
    });
  }
}
