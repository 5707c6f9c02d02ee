import { html, type SafeHtml } from '../html.js';
import { languageName, plural, spanElement } from '../format.js';
import type { StoryListItem } from '../../api/story-list.js';
import type { Facet } from '../../store/search.js';

export interface StoriesPageData {
  readonly items: readonly StoryListItem[];
  readonly filters: { entity?: string; outlet?: string; language?: string; from?: string; to?: string };
  /** The entity filter's display name, when it names a known entity. */
  readonly entityName: string | null;
  readonly facets: { outlets: readonly Facet[]; languages: readonly Facet[] };
  /** Link to the next (older) page, or null. */
  readonly nextHref: string | null;
  /** True when this is not the first page. */
  readonly paged: boolean;
}

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return value === selected ? html`<option value="${value}" selected>${label}</option>` : html`<option value="${value}">${label}</option>`;
}

function renderFilters(data: StoriesPageData): SafeHtml {
  const f = data.filters;
  const active = Object.values(f).some((v) => v);
  return html`<form class="filters" method="get" action="/" aria-labelledby="filters-heading">
    <h2 id="filters-heading" class="visually-hidden">Filter stories</h2>
    <div class="field"><label for="f-entity">Person, place or organisation</label>
      <input id="f-entity" name="entity" type="text" value="${f.entity ?? ''}" placeholder="e.g. Azores"></div>
    <div class="field"><label for="f-outlet">Outlet</label>
      <select id="f-outlet" name="outlet">${option('', 'Any outlet', f.outlet ?? '')}${data.facets.outlets.map((o) => option(o.value, `${o.value} (${o.reports})`, f.outlet))}</select></div>
    <div class="field"><label for="f-lang">Language</label>
      <select id="f-lang" name="lang">${option('', 'Any language', f.language ?? '')}${data.facets.languages.map((l) => option(l.value, `${languageName(l.value)} (${l.reports})`, f.language))}</select></div>
    <div class="field"><label for="f-from">Active from</label><input id="f-from" name="from" type="date" value="${f.from ?? ''}"></div>
    <div class="field"><label for="f-to">Active until</label><input id="f-to" name="to" type="date" value="${f.to ?? ''}"></div>
    <div class="field actions"><button type="submit">Apply filters</button>${active ? html` <a href="/">Clear</a>` : ''}</div>
  </form>`;
}

function renderStory(story: StoryListItem): SafeHtml {
  const f = story.facts;
  return html`<li class="story-card">
    <h2><a href="/stories/${encodeURIComponent(story.id)}">${story.title?.replace(/^#+\s*/, '') || '(untitled story)'}</a></h2>
    <p class="meta">${spanElement(story.firstSeen, story.lastSeen)} · ${plural(story.reports, 'report')} · ${plural(story.independentSources, 'independent source')}</p>
    <p class="fact-counts">
      <span class="count corroborated"><strong>${f.corroborated}</strong> agreed</span>
      <span class="count single-source"><strong>${f.singleSource}</strong> single-source</span>
      <span class="count disputed"><strong>${f.disputed}</strong> disputed</span>
    </p>
  </li>`;
}

/** The stories page: the most recently active stories first, with their account at a glance. */
export function renderStoriesPage(data: StoriesPageData): SafeHtml {
  const filtered = Object.values(data.filters).some((v) => v);
  const heading = data.entityName ? html`Stories naming ${data.entityName}` : filtered ? html`Stories matching the filters` : html`Latest stories`;
  return html`<div class="stories-page">
  <header class="page-header"><h1>${heading}</h1>
    <p class="muted">What independent sources agree on, what only one reports, and where they disagree.</p></header>
  ${renderFilters(data)}
  ${data.items.length > 0
    ? html`<ol class="story-list">${data.items.map(renderStory)}</ol>`
    : filtered || data.paged
      ? html`<p class="empty">No stories match. <a href="/">See all stories</a>.</p>`
      : html`<p class="empty">No stories yet. <a href="/add">Add reports</a> and they will be grouped into stories here.</p>`}
  <nav class="pager" aria-label="More stories">${data.paged ? html`<a href="/">Newest stories</a>` : ''} ${data.nextHref ? html`<a href="${data.nextHref}" rel="next">Older stories</a>` : ''}</nav>
</div>`;
}
