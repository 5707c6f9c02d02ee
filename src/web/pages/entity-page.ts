import { html, type SafeHtml } from '../html.js';
import { parseTime, plural, spanElement } from '../format.js';
import { renderSpanChart } from '../timeline-chart.js';
import type { EntityDetail } from '../../api/entity-detail.js';

const TYPE_LABELS = { person: 'Person', organisation: 'Organisation', location: 'Place' } as const;
const STATUS_LABELS = { corroborated: 'agreed', 'single-source': 'single-source', disputed: 'disputed' } as const;

/** An entity: its names, its stories over time, the facts and quotes it appears in. */
export function renderEntityPage(entity: EntityDetail): SafeHtml {
  const chart = renderSpanChart(
    entity.stories
      .map((s) => ({ s, start: parseTime(s.firstSeen), end: parseTime(s.lastSeen ?? s.firstSeen) }))
      .filter((x): x is { s: typeof x.s; start: number; end: number } => x.start !== null && x.end !== null)
      .sort((a, b) => a.start - b.start)
      .map(({ s, start, end }) => ({ label: s.title?.replace(/^#+\s*/, '') ?? '(untitled story)', href: `/stories/${encodeURIComponent(s.id)}`, start, end, current: false })),
    `Stories naming ${entity.name}, over time`,
  );
  const others = entity.aliases.filter((a) => a !== entity.name);
  return html`<article class="entity">
  <header class="page-header">
    <p class="kicker">${TYPE_LABELS[entity.type] ?? entity.type}${entity.country ? html` · ${entity.country}` : ''}</p>
    <h1>${entity.name}</h1>
    ${others.length > 0 ? html`<p class="meta">Also named: ${others.join(', ')}</p>` : ''}
    <p class="meta"><a href="/?entity=${encodeURIComponent(entity.id)}">${plural(entity.stories.length, 'story', 'stories')} naming ${entity.name}</a></p>
  </header>
  <section aria-labelledby="entity-stories"><h2 id="entity-stories">Stories over time</h2>
    ${chart}
    <ol class="story-list compact">${entity.stories.map((s) => html`<li><a href="/stories/${encodeURIComponent(s.id)}">${s.title?.replace(/^#+\s*/, '') || '(untitled story)'}</a>
      <span class="muted">${spanElement(s.firstSeen, s.lastSeen)} · ${plural(s.reports, 'report')}</span></li>`)}</ol>
  </section>
  <section aria-labelledby="entity-facts"><h2 id="entity-facts">Facts naming ${entity.name} <span class="muted">(${entity.facts.length})</span></h2>
    ${entity.facts.length > 0 ? html`<ul class="facts">${entity.facts.map((f) => html`<li class="fact ${f.status}">
      <p class="statement">${f.statement} <span class="badge status-${f.status}">${STATUS_LABELS[f.status]}</span></p>
      <p class="muted">in <a href="/stories/${encodeURIComponent(f.story)}#fact-${f.id}">${f.storyTitle?.replace(/^#+\s*/, '') || 'a story'}</a> · ${plural(f.independentSources, 'source')}</p></li>`)}</ul>`
      : html`<p class="muted">No fact of the latest stories names ${entity.name}.</p>`}
  </section>
  <section aria-labelledby="entity-quotes"><h2 id="entity-quotes">Quotes <span class="muted">(${entity.quotes.length})</span></h2>
    ${entity.quotes.length > 0 ? html`<ul class="quotes">${entity.quotes.map((q) => html`<li class="quote">
      <blockquote><p>${q.text}</p></blockquote>
      <p class="attribution">${q.role === 'speaker' ? html`said by ${entity.name}` : html`— ${q.speaker ?? 'unattributed'}, naming ${entity.name}`}
        · in <a href="/stories/${encodeURIComponent(q.story)}#quotes">${q.storyTitle?.replace(/^#+\s*/, '') || 'a story'}</a> · ${plural(q.sources.length, 'source')}</p></li>`)}</ul>`
      : html`<p class="muted">No quote by or about ${entity.name} in the latest stories.</p>`}
  </section>
</article>`;
}
