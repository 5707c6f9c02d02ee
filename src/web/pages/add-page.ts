import { html, type SafeHtml } from '../html.js';
import type { AddSummary } from '../../api/add-reports.js';

export interface AddPageData {
  /** True when this server needs a token to write (not bound to loopback). */
  readonly needsToken: boolean;
  /** The outcome of a form posted without script, shown under the form. */
  readonly summary?: AddSummary;
  /** A request-level error (nothing to add, unreadable form). */
  readonly error?: string;
}

/** The outcome list: each report added (with its story), already there, or failed with why. */
export function renderOutcomes(summary: AddSummary): SafeHtml {
  return html`<p><strong>Added ${summary.added}</strong>, already present ${summary.present}, failed ${summary.failed}.</p>
  <ul class="outcomes">${summary.outcomes.map((o) => {
    if (o.kind === 'added') {
      return html`<li class="outcome added">${o.name}: added to <a href="/stories/${encodeURIComponent(o.story)}">its story</a>${o.warnings.length > 0 ? html` <span class="muted">(${o.warnings.join('; ')})</span>` : ''}</li>`;
    }
    if (o.kind === 'present') return html`<li class="outcome present">${o.name}: <a href="/reports/${encodeURIComponent(o.report)}">already present</a></li>`;
    return html`<li class="outcome failed">${o.name}: ${o.reason}</li>`;
  })}</ul>`;
}

/**
 * The Add page: paste a report or upload files. It works as a plain form; the client script
 * sends each item on its own to the API and shows progress as they go.
 */
export function renderAddPage(data: AddPageData): SafeHtml {
  return html`<div class="add-page">
  <header class="page-header"><h1>Add reports</h1>
    <p class="muted">Each report is read, annotated and placed in its story; the story's account is updated at once.</p></header>
  <form id="add-form" class="add-form" method="post" action="/add" enctype="multipart/form-data">
    <fieldset>
      <legend>Paste a report</legend>
      <div class="field wide"><label for="a-text">Text or HTML of the report</label>
        <textarea id="a-text" name="text" rows="10" aria-describedby="a-text-help"></textarea>
        <p id="a-text-help" class="help">Plain text or a whole HTML page. Leave empty to only upload files.</p></div>
      <div class="field"><label for="a-title">Title</label><input id="a-title" name="title" type="text"></div>
      <div class="field"><label for="a-outlet">Outlet</label><input id="a-outlet" name="outlet" type="text" placeholder="e.g. Nordic Wire"></div>
      <div class="field"><label for="a-published">Published</label><input id="a-published" name="published" type="text" placeholder="2026-03-10 or 2026-03-10T16:00Z" aria-describedby="a-published-help">
        <span id="a-published-help" class="help">A date or time (ISO 8601)</span></div>
      <div class="field"><label for="a-url">Address (URL)</label><input id="a-url" name="url" type="url" placeholder="https://…"></div>
      <div class="field"><label for="a-lang">Language code</label><input id="a-lang" name="lang" type="text" placeholder="en" maxlength="3" size="4"></div>
    </fieldset>
    <fieldset>
      <legend>Or fetch pages by address</legend>
      <div class="field wide"><label for="a-fetch">Page addresses</label>
        <textarea id="a-fetch" name="fetch" rows="3" placeholder="https://…" aria-describedby="a-fetch-help"></textarea>
        <p id="a-fetch-help" class="help">Article pages, one address per line. They are fetched politely (robots.txt, one request per site at a time); private and local addresses are refused.</p></div>
    </fieldset>
    <fieldset>
      <legend>Or upload files</legend>
      <div class="field wide"><label for="a-files">Files</label>
        <input id="a-files" name="files" type="file" multiple accept=".html,.htm,.xhtml,.txt,.text,.md,.markdown,.ndjson,.jsonl,.gz" aria-describedby="a-files-help">
        <p id="a-files-help" class="help">HTML pages, plain text or Markdown, NDJSON dumps (one report per line), or .gz of these.</p></div>
    </fieldset>
    ${data.needsToken ? html`<div class="field"><label for="a-token">Access token</label><input id="a-token" name="token" type="password" autocomplete="current-password" required aria-describedby="a-token-help">
      <p id="a-token-help" class="help">This server needs its CORROBORATE_TOKEN to add reports.</p></div>` : ''}
    <div class="field actions"><button type="submit" id="a-submit">Add</button></div>
  </form>
  <section id="add-progress" class="add-progress" aria-labelledby="add-progress-heading" ${data.summary || data.error ? '' : html`hidden`}>
    <h2 id="add-progress-heading">Progress</h2>
    <div id="add-status" role="status" aria-live="polite">${data.error ? html`<p class="error">${data.error}</p>` : ''}${data.summary ? renderOutcomes(data.summary) : ''}</div>
    <progress id="add-bar" max="1" value="0" hidden aria-label="Reports sent"></progress>
    <ul id="add-results" class="outcomes"></ul>
  </section>
</div>`;
}
