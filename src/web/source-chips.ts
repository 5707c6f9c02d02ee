import { html, type SafeHtml } from './html.js';
import { reportLabel } from './format.js';
import type { Span } from '../core/records.js';

export interface ChipReport {
  readonly id: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly derivedFrom: string | null;
}

/** The link that opens a report with the given words marked, scrolled to the first. */
export function reportHref(report: string, spans: readonly Span[]): string {
  const marks = spans.map((s) => `mark=${s.start}-${s.end}`).join('&');
  return `/reports/${encodeURIComponent(report)}${marks ? `?${marks}#mark-0` : ''}`;
}

/**
 * One chip per report that supports something: the outlet's name, linking to the report with the
 * supporting words highlighted in place; the words themselves are the chip's tooltip. Copies of
 * another report are marked as such (they are not independent sources).
 */
export function renderSourceChips(
  support: ReadonlyArray<{ report: string; start: number; end: number; text: string }>,
  reports: ReadonlyMap<string, ChipReport>,
): SafeHtml {
  const byReport = new Map<string, Array<{ start: number; end: number; text: string }>>();
  for (const s of support) {
    const list = byReport.get(s.report) ?? [];
    list.push(s);
    byReport.set(s.report, list);
  }
  const chips = [...byReport].map(([id, spans]) => {
    const report = reports.get(id) ?? { id, outlet: null, url: null, title: null, derivedFrom: null };
    const label = reportLabel(report);
    const words = spans.map((s) => `“${s.text}”`).join(' … ');
    const copy = report.derivedFrom !== null;
    return html`<li><a class="${copy ? 'chip copy' : 'chip'}" href="${reportHref(id, spans)}" title="${words}">${label}${copy ? html`<span class="chip-note"> (copy)</span>` : ''}</a></li>`;
  });
  return html`<ul class="chips" aria-label="Sources">${chips}</ul>`;
}
