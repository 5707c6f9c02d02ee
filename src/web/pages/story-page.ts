import { html, joinHtml, safeExternalUrl, type SafeHtml } from '../html.js';
import { languageName, parseTime, plural, reportLabel, spanElement, timeElement, valueText } from '../format.js';
import { renderSourceChips, reportHref, type ChipReport } from '../source-chips.js';
import { renderEdits } from '../word-edits.js';
import { renderRevision } from '../revision-list.js';
import { renderReportTimeline, renderSpanChart, type TimelineEvent, type TimelinePoint } from '../timeline-chart.js';
import type { StoryView } from '../../api/story-view.js';
import type { StoryDetail } from '../../pipeline/index.js';
import type { QuoteDiff } from '../../core/records.js';

type Fact = StoryDetail['facts'][number];
type Quote = StoryDetail['quotes'][number];
type Report = StoryDetail['reports'][number];

const STATUS_SECTIONS = [
  { status: 'corroborated', id: 'agreed', heading: 'Agreed by independent sources', empty: 'No fact is yet reported by two independent sources.' },
  { status: 'single-source', id: 'single', heading: 'Reported by one source only', empty: 'Every fact has at least two independent sources.' },
  { status: 'disputed', id: 'disputed', heading: 'Where sources disagree', empty: 'The sources do not contradict each other.' },
] as const;

const MATCH_LABELS: Readonly<Record<Quote['match'], string>> = {
  verbatim: 'word for word in every source',
  trimmed: 'shortened in some sources',
  altered: 'worded differently between sources',
  single: 'one source',
};

/** Reads a derivation's human reason, if the cluster stage gave one (its shape is the stage's own). */
function derivationReason(derivation: unknown): string | null {
  const inner = (derivation as { derivation?: { evidence?: { reason?: unknown } } } | null)?.derivation;
  const reason = inner?.evidence?.reason;
  return typeof reason === 'string' ? reason : null;
}

const RELATION_WORDS: Readonly<Record<Fact['relations'][number]['type'], string>> = { 'part-of': 'part of', 'subset-of': 'among', 'sum-of': 'the sum of' };

/** A fact's note that its outlet revised it: the earlier value, struck through, linking to its words. */
function renderRevised(revised: NonNullable<Fact['revised']>, reports: ReadonlyMap<string, ChipReport>): SafeHtml {
  const outlet = reports.get(revised.report);
  return html`<p class="revised"><span class="badge change-changed">revised</span> ${outlet ? reportLabel(outlet) : 'The outlet'} updated its report: an <a href="${reportHref(revised.previous, revised.from.support)}">earlier version</a> gave <del>${valueText(revised.from)}</del>; the account counts <a href="/reports/${encodeURIComponent(revised.report)}">the latest version</a>.</p>`;
}

function renderFact(fact: Fact, reports: ReadonlyMap<string, ChipReport>, statements: ReadonlyMap<string, string>): SafeHtml {
  const relations = html`${fact.relations.length > 0
    ? html`<p class="relations">${joinHtml(fact.relations.map((r) => html`${RELATION_WORDS[r.type] ?? r.type} <a href="#fact-${r.fact}">${statements.get(r.fact) ?? 'another fact'}</a>`), '; ')}</p>`
    : ''}${fact.revised ? renderRevised(fact.revised, reports) : ''}`;
  if (fact.status === 'disputed') {
    const values = fact.values.map((v) => html`<div class="value">
      <p class="value-text">${valueText(v)}</p>
      <p class="value-count">${plural(v.sources.length, 'independent source')}</p>
      ${renderSourceChips(v.support, reports)}
    </div>`);
    return html`<li class="fact disputed" id="fact-${fact.id}">
      <p class="statement">${fact.statement}</p>
      <div class="values" role="group" aria-label="The values sources give">${values}</div>
      ${relations}
    </li>`;
  }
  return html`<li class="fact ${fact.status}" id="fact-${fact.id}">
    <p class="statement">${fact.statement} <span class="source-count">${plural(fact.independentSources, 'source')}</span></p>
    ${renderSourceChips(fact.support, reports)}
    ${relations}
  </li>`;
}

function renderQuote(quote: Quote, diffs: readonly QuoteDiff[], reports: ReadonlyMap<string, ChipReport>): SafeHtml {
  const speaker = quote.speaker
    ? quote.speakerEntity
      ? html`<a href="/entities/${encodeURIComponent(quote.speakerEntity)}">${quote.speaker}</a>`
      : html`${quote.speaker}`
    : html`<span class="unknown">unattributed</span>`;
  const differences = diffs.length > 0
    ? html`<details class="quote-diff" open><summary>How the versions differ</summary><ul>${diffs.map((d) => {
        const report = reports.get(d.report);
        return html`<li><strong>${report ? reportLabel(report) : d.report}:</strong> <span class="edits">${renderEdits(d.edits)}</span></li>`;
      })}</ul></details>`
    : '';
  return html`<li class="quote">
    <blockquote><p>${quote.text}</p></blockquote>
    <p class="attribution">— ${speaker} <span class="badge match-${quote.match}">${MATCH_LABELS[quote.match]}</span></p>
    ${renderSourceChips(quote.support, reports)}
    ${differences}
  </li>`;
}

/**
 * Each report's origin: the report it copies, followed to the first that copies nothing here
 * (derivations are their articles': an update is no copy of its own earlier version).
 */
function originOf(report: Report, byId: ReadonlyMap<string, Report>): string {
  let current = report;
  const seen = new Set<string>();
  while (current.derivedFrom && byId.has(current.derivedFrom) && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.derivedFrom)!;
  }
  return current.id;
}

function renderReportLine(report: Report, copy: boolean, inStory: ReadonlySet<string>): SafeHtml {
  const reason = copy ? derivationReason(report.derivation) : null;
  const external = safeExternalUrl(report.url);
  const versions = html`${report.revisionOf ? html` · <span class="badge change-changed">updated</span> a revision of <a href="/reports/${encodeURIComponent(report.revisionOf)}">an earlier version</a>` : ''}${report.revisedBy && !inStory.has(report.revisedBy) ? html` · <span class="badge">superseded</span> by <a href="/reports/${encodeURIComponent(report.revisedBy)}">a later version</a>` : ''}`;
  return html`<a class="report-title" href="/reports/${encodeURIComponent(report.id)}">${report.title?.replace(/^#+\s*/, '') || '(untitled)'}</a>
    <span class="report-meta">${reportLabel(report)} · ${timeElement(report.published)} · <span lang="${report.language ?? ''}">${languageName(report.language)}</span>${copy ? html` · <span class="badge copy">copy</span>` : ''}${external ? html` · <a href="${external}" rel="noopener noreferrer nofollow" class="external">original</a>` : ''}${versions}</span>
    ${reason ? html`<span class="derivation">${reason}</span>` : ''}`;
}

function renderReports(story: StoryDetail): SafeHtml {
  const byId = new Map(story.reports.map((r) => [r.id, r]));
  const inStory = new Set(byId.keys());
  // Earlier versions are listed under the latest version of their article when the story holds it.
  const earlier = new Map<string, Report[]>();
  const listed = story.reports.filter((r) => {
    if (!r.revisedBy || !inStory.has(r.revisedBy)) return true;
    earlier.set(r.revisedBy, [...(earlier.get(r.revisedBy) ?? []), r]);
    return false;
  });
  const copies = new Map<string, Report[]>();
  const origins: Report[] = [];
  for (const report of listed) {
    // A copy of an earlier version is listed under that article's latest version.
    const found = originOf(report, byId);
    const origin = byId.get(found)?.revisedBy && inStory.has(byId.get(found)!.revisedBy!) ? byId.get(found)!.revisedBy! : found;
    if (origin === report.id || !listed.some((r) => r.id === origin)) origins.push(report);
    else copies.set(origin, [...(copies.get(origin) ?? []), report]);
  }
  const line = (report: Report, copy: boolean): SafeHtml => {
    const older = earlier.get(report.id) ?? [];
    return html`${renderReportLine(report, copy, inStory)}${older.length > 0
      ? html`<ul class="versions" aria-label="Earlier versions of this report">${older.map((o) => html`<li><span class="badge">earlier version</span> ${renderReportLine(o, false, inStory)}</li>`)}</ul>`
      : ''}`;
  };
  return html`<ol class="reports">${origins.map((o) => {
    const own = copies.get(o.id) ?? [];
    return html`<li>${line(o, false)}${own.length > 0
      ? html`<ul class="copies" aria-label="Copies of this report">${own.map((c) => html`<li>${line(c, true)}</li>`)}</ul>`
      : ''}</li>`;
  })}</ol>`;
}

/** What each report its outlet updated changed between versions. */
function renderRevisions(story: StoryDetail, reports: ReadonlyMap<string, ChipReport>): SafeHtml {
  if (story.revisions.length === 0) return html``;
  return html`<section aria-labelledby="revisions" class="revisions">
    <h2 id="revisions">Revised by their outlets <span class="muted">(${story.revisions.length})</span></h2>
    <p class="muted">An outlet that updates a report is one source, not two: the account counts its latest version, and marks the facts it revised.</p>
    ${story.revisions.map((r) => {
      const report = reports.get(r.report);
      return renderRevision(r, report ? reportLabel(report) : 'An outlet');
    })}
  </section>`;
}

function renderTimelines(view: StoryView): SafeHtml {
  const { story } = view;
  const points: TimelinePoint[] = [];
  let undated = 0;
  for (const r of story.reports) {
    const time = parseTime(r.published);
    if (time === null) {
      undated++;
      continue;
    }
    points.push({ lane: reportLabel(r), time, href: `/reports/${encodeURIComponent(r.id)}`, label: `${reportLabel(r)}: ${r.title ?? '(untitled)'}`, copy: r.derivedFrom !== null });
  }
  const events: TimelineEvent[] = [];
  for (const fact of story.facts) {
    if (fact.kind !== 'date') continue;
    const time = parseTime(typeof fact.value === 'string' ? fact.value.slice(0, 10) : null);
    if (time !== null) events.push({ time, label: `In the account: ${fact.statement}` });
  }
  const thread = view.related.length > 0
    ? renderSpanChart(
        [
          ...view.related.map((r) => ({ id: r.story, title: r.title, firstSeen: r.firstSeen, lastSeen: r.lastSeen, current: false })),
          { id: story.id, title: story.title, firstSeen: story.firstSeen, lastSeen: story.lastSeen, current: true },
        ]
          .map((s) => ({ ...s, start: parseTime(s.firstSeen), end: parseTime(s.lastSeen ?? s.firstSeen) }))
          .filter((s): s is typeof s & { start: number; end: number } => s.start !== null && s.end !== null)
          .sort((a, b) => a.start - b.start)
          .map((s) => ({ label: s.title ?? '(untitled story)', href: `/stories/${encodeURIComponent(s.id)}`, start: s.start, end: s.end, current: s.current })),
        'The story thread: related stories over time',
      )
    : '';
  return html`<section aria-labelledby="timeline-heading" class="timeline">
    <h2 id="timeline-heading">Timeline</h2>
    ${view.related.length > 0 ? html`<h3>The story thread</h3>${thread}<h3>When each report appeared</h3>` : ''}
    ${points.length > 0 ? renderReportTimeline(points, events, 'When each report appeared, one row per outlet') : html`<p class="muted">No report gives its publication time.</p>`}
    ${points.length > 0 ? html`<p class="chart-legend"><span class="legend-dot"></span> a report <span class="legend-dot copy"></span> a copy <span class="legend-event"></span> a date the account states${undated > 0 ? html` · ${plural(undated, 'report')} without a date not shown` : ''}</p>` : ''}
  </section>`;
}

function renderEntities(story: StoryDetail): SafeHtml {
  if (story.entities.length === 0) return html``;
  const groups = (['person', 'organisation', 'location'] as const).map((type) => {
    const list = story.entities.filter((e) => e.type === type).sort((a, b) => b.reports.length - a.reports.length || a.name.localeCompare(b.name));
    if (list.length === 0) return '';
    const label = { person: 'People', organisation: 'Organisations', location: 'Places' }[type];
    return html`<div class="entity-group"><h3>${label}</h3><ul class="entity-list">${list.map((e) =>
      html`<li><a href="/entities/${encodeURIComponent(e.id)}">${e.name}</a> <span class="muted">${plural(e.reports.length, 'report')}</span></li>`)}</ul></div>`;
  });
  return html`<section aria-labelledby="entities-heading"><h2 id="entities-heading">Who and where</h2><div class="entity-groups">${groups}</div></section>`;
}

/**
 * The story page: the account first (agreed, single-source, disputed side by side), the quotes
 * with who carries them and how they differ, the timeline, the reports grouped by derivation,
 * the entities. Every source chip opens its report with the supporting words marked.
 */
export function renderStoryPage(view: StoryView): SafeHtml {
  const { story } = view;
  const reports = new Map<string, ChipReport>(story.reports.map((r) => [r.id, r]));
  const statements = new Map(story.facts.map((f) => [f.id, f.statement]));
  const counts = STATUS_SECTIONS.map((s) => ({ ...s, facts: story.facts.filter((f) => f.status === s.status) }));
  const storyId = encodeURIComponent(story.id);
  return html`<article class="story">
  <header class="page-header">
    <p class="kicker">Story</p>
    <h1>${story.title?.replace(/^#+\s*/, '') || '(untitled story)'}</h1>
    <p class="meta">${spanElement(story.firstSeen, story.lastSeen)} · ${plural(story.reports.length, 'report')} · ${plural(story.independentSources, 'independent source')}</p>
    <nav class="summary" aria-label="The account at a glance">
      ${counts.map((s) => html`<a class="count ${s.status}" href="#${s.id}"><strong>${s.facts.length}</strong> ${s.status === 'corroborated' ? 'agreed' : s.status === 'disputed' ? 'disputed' : 'single-source'}</a>`)}
      <a class="count quotes" href="#quotes"><strong>${story.quotes.length}</strong> ${story.quotes.length === 1 ? 'quote' : 'quotes'}</a>
      ${story.revisions.length > 0 ? html`<a class="count revised" href="#revisions"><strong>${story.revisions.length}</strong> revised</a>` : ''}
      <a class="feed" href="/api/v1/stories/${storyId}/feed">Follow (Atom)</a>
    </nav>
  </header>
  ${counts.map((s) => html`<section class="account ${s.status}" aria-labelledby="${s.id}">
    <h2 id="${s.id}">${s.heading} <span class="muted">(${s.facts.length})</span></h2>
    ${s.facts.length > 0 ? html`<ul class="facts">${s.facts.map((f) => renderFact(f, reports, statements))}</ul>` : html`<p class="muted">${s.empty}</p>`}
  </section>`)}
  <section aria-labelledby="quotes">
    <h2 id="quotes">Quotes <span class="muted">(${story.quotes.length})</span></h2>
    ${story.quotes.length > 0
      ? html`<ul class="quotes">${story.quotes.map((q, i) => renderQuote(q, view.quoteDiffs[i] ?? [], reports))}</ul>`
      : html`<p class="muted">No quotes found in these reports.</p>`}
  </section>
  ${renderRevisions(story, reports)}
  ${renderTimelines(view)}
  <section aria-labelledby="reports-heading">
    <h2 id="reports-heading">Reports <span class="muted">(${story.reports.length})</span></h2>
    <p class="muted">Oldest first. Copies and rewrites of another report are listed under it; they do not count as independent sources.</p>
    ${renderReports(story)}
  </section>
  ${renderEntities(story)}
</article>`;
}
