import { html, safeExternalUrl, type SafeHtml } from '../html.js';
import { languageName, reportLabel, timeElement, plural } from '../format.js';
import { renderMarkedText } from '../marked-text.js';
import { renderRevision } from '../revision-list.js';
import type { ReportDetail } from '../../pipeline/index.js';
import type { Span } from '../../core/records.js';

export interface ReportPageData {
  readonly report: ReportDetail;
  readonly marks: readonly Span[];
  readonly storyTitle: string | null;
  /** The report it copies, when it is a copy. */
  readonly origin: { readonly id: string; readonly label: string } | null;
}

/**
 * One report's extracted text, with the passages a source chip cited marked in place (the first
 * one scrolled to). The original URL is a link only when it is plain http(s). A report its outlet
 * updated links to its other versions, and an update shows what it changed.
 */
export function renderReportPage(data: ReportPageData): SafeHtml {
  const { report, marks } = data;
  const external = safeExternalUrl(report.url);
  return html`<article class="report">
  <header class="page-header">
    <p class="kicker">Report</p>
    <h1>${report.title?.replace(/^#+\s*/, '') || '(untitled report)'}</h1>
    <p class="meta">${reportLabel(report)} · ${timeElement(report.published)} · <span lang="${report.language ?? ''}">${languageName(report.language)}</span>
      ${external ? html` · <a href="${external}" rel="noopener noreferrer nofollow" class="external">original page</a>` : report.url ? html` · <span class="muted">source: ${report.url}</span>` : ''}</p>
    ${report.story ? html`<p class="meta">In the story <a href="/stories/${encodeURIComponent(report.story)}">${data.storyTitle?.replace(/^#+\s*/, '') || 'its story'}</a></p>` : ''}
    ${report.revisedBy ? html`<p class="notice superseded">Its outlet has updated this report: <a href="/reports/${encodeURIComponent(report.revisedBy)}">the latest version</a> replaces it, and the story's account counts that one. This earlier version is kept as it was.</p>` : ''}
    ${report.revisionOf ? html`<p class="notice revision-of">This is a revision of <a href="/reports/${encodeURIComponent(report.revisionOf)}">an earlier version</a> of the same report (both kept).</p>` : ''}
    ${data.origin ? html`<p class="notice">A copy or rewrite of <a href="/reports/${encodeURIComponent(data.origin.id)}">${data.origin.label}</a>: it does not count as an independent source.</p>` : ''}
    ${marks.length > 0 ? html`<p class="notice marks-notice">${plural(marks.length, 'passage')} highlighted. <a href="#mark-0">Go to the first</a> · <a href="/reports/${encodeURIComponent(report.id)}">clear</a></p>` : ''}
  </header>
  ${report.revision ? html`<section class="revisions" aria-labelledby="revision-heading"><h2 id="revision-heading">What changed from the earlier version</h2>${renderRevision(report.revision, reportLabel(report))}</section>` : ''}
  <div class="report-text" lang="${report.language ?? ''}">
    ${renderMarkedText(report.text, marks)}
  </div>
</article>`;
}
