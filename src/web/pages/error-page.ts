import { html, type SafeHtml } from '../html.js';

/** A plain error page: what went wrong, and ways on. */
export function renderErrorPage(status: number, message: string): SafeHtml {
  const title = status === 404 ? 'Not found' : status < 500 ? 'That request cannot be served' : 'Something went wrong';
  return html`<div class="error-page">
  <header class="page-header"><h1>${title}</h1></header>
  <p class="error">${message}</p>
  <p><a href="/">Back to the stories</a> · <a href="/add">Add reports</a></p>
</div>`;
}
