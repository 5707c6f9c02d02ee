/** The error's message without the URL when it is the URL asked for (the log line names it already). */
export function describeFailure(error: Error, url: string): string {
  return error.message.startsWith(`${url}: `) ? error.message.slice(url.length + 2) : error.message;
}
