import { html, type SafeHtml } from './html.js';
import { valueText } from './format.js';
import { reportHref } from './source-chips.js';
import { renderEdits } from './word-edits.js';
import type { FactRevision, Revision, RevisedValue } from '../core/records.js';

const CHANGE_LABELS: Readonly<Record<FactRevision['change'], string>> = { changed: 'changed', reworded: 'reworded', added: 'added', removed: 'removed' };

function wordsLink(report: string, value: RevisedValue | null, label: string): SafeHtml | string {
  if (!value || value.support.length === 0) return '';
  return html`<a href="${reportHref(report, value.support)}" title="${value.support.map((s) => `“${s.text}”`).join(' … ')}">${label}</a>`;
}

function renderChange(change: FactRevision, revision: Revision): SafeHtml {
  const before = wordsLink(revision.previous, change.from, 'earlier words');
  const after = wordsLink(revision.report, change.to, 'new words');
  const links = [before, after].filter((l) => l !== '');
  const body = change.change === 'changed' && change.from && change.to
    ? html`${change.subject}: <del>${valueText(change.from)}</del> → <ins>${valueText(change.to)}</ins>`
    : change.change === 'reworded' && change.edits
      ? html`${change.subject}: <span class="edits">${renderEdits(change.edits)}</span>`
      : html`${change.statement}`;
  return html`<li class="change ${change.change}"><span class="badge change-${change.change}">${CHANGE_LABELS[change.change]}</span> ${body}${links.length > 0 ? html` <span class="change-links">(${links.length === 2 ? html`${links[0]} · ${links[1]}` : links[0]})</span>` : ''}</li>`;
}

/**
 * What an outlet changed when it updated a report: the headline, figures that changed (the old
 * value struck through), quotes reworded, facts added or removed, each linking to the words in
 * the version that has them. `label` names the outlet.
 */
export function renderRevision(revision: Revision, label: string): SafeHtml {
  const none = !revision.title && revision.changes.length === 0;
  return html`<div class="revision">
    <p class="revision-head"><strong>${label}</strong> updated its report: <a href="/reports/${encodeURIComponent(revision.report)}">the new version</a> replaces <a href="/reports/${encodeURIComponent(revision.previous)}">the earlier version</a> (both kept).</p>
    ${none
      ? html`<p class="muted">No fact found in either version changed; the wording did.</p>`
      : html`<ul class="revision-changes">
      ${revision.title ? html`<li class="change title"><span class="badge change-changed">headline</span> <del>${revision.title.from ?? '(none)'}</del> → <ins>${revision.title.to ?? '(none)'}</ins></li>` : ''}
      ${revision.changes.map((c) => renderChange(c, revision))}
    </ul>`}
  </div>`;
}
