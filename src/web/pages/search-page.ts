import { html, type SafeHtml } from '../html.js';
import { languageName } from '../format.js';
import { renderSnippet } from '../marked-text.js';
import { hitPath } from '../../api/api-routes.js';
import type { SearchHit, SearchKind } from '../../store/search.js';

export interface SearchPageData {
  readonly query: string;
  readonly kinds: readonly SearchKind[];
  readonly language: string | undefined;
  readonly languages: ReadonlyArray<{ value: string }>;
  readonly hits: readonly SearchHit[];
  readonly total: number;
  readonly offset: number;
  readonly prevHref: string | null;
  readonly nextHref: string | null;
}

const KIND_LABELS: Readonly<Record<SearchKind, string>> = { story: 'Story', report: 'Report', entity: 'Person, place or organisation', quote: 'Quote' };
const KIND_OPTIONS: ReadonlyArray<[SearchKind | '', string]> = [['', 'Everything'], ['story', 'Stories'], ['report', 'Reports'], ['entity', 'People, places, organisations'], ['quote', 'Quotes']];

function renderHit(hit: SearchHit): SafeHtml {
  const title = hit.kind === 'quote' ? (hit.title ? `${hit.title}, quoted` : 'Unattributed quote') : hit.title?.replace(/^#+\s*/, '') || '(untitled)';
  const detail = hit.kind === 'report' && hit.detail ? hit.detail : hit.kind === 'quote' && hit.detail && hit.detail !== '1' ? `in ${hit.detail} reports` : hit.kind === 'entity' ? hit.detail : null;
  return html`<li class="hit hit-${hit.kind}">
    <p class="hit-kind"><span class="badge">${KIND_LABELS[hit.kind]}</span>${detail ? html` <span class="muted">${detail}</span>` : ''}${hit.story && hit.kind !== 'story' ? html` · <a href="/stories/${encodeURIComponent(hit.story)}">its story</a>` : ''}</p>
    <h2><a href="${hitPath(hit)}">${title}</a></h2>
    <p class="snippet">${hit.kind === 'quote' ? html`“${renderSnippet(hit.snippet)}”` : renderSnippet(hit.snippet)}</p>
  </li>`;
}

/** Search results: one ranked list over stories, reports, entities and quotes, matches marked. */
export function renderSearchPage(data: SearchPageData): SafeHtml {
  const kind = data.kinds.length === 1 ? data.kinds[0] : '';
  return html`<div class="search-page">
  <header class="page-header"><h1>Search</h1></header>
  <form class="filters search-form" method="get" action="/search" role="search">
    <div class="field wide"><label for="s-q">Words to find</label><input id="s-q" name="q" type="search" value="${data.query}" required></div>
    <div class="field"><label for="s-kind">In</label><select id="s-kind" name="kind">${KIND_OPTIONS.map(([value, label]) =>
      value === kind ? html`<option value="${value}" selected>${label}</option>` : html`<option value="${value}">${label}</option>`)}</select></div>
    <div class="field"><label for="s-lang">Language</label><select id="s-lang" name="lang"><option value="">Any language</option>${data.languages.map((l) =>
      l.value === data.language ? html`<option value="${l.value}" selected>${languageName(l.value)}</option>` : html`<option value="${l.value}">${languageName(l.value)}</option>`)}</select></div>
    <div class="field actions"><button type="submit">Search</button></div>
  </form>
  <p class="muted" role="status">${data.total === 0 ? `Nothing found for “${data.query}”.` : `${data.total} ${data.total === 1 ? 'result' : 'results'} for “${data.query}”, best first.`}
    <a href="/api/v1/search/feed?q=${encodeURIComponent(data.query)}">Follow this search (Atom)</a></p>
  ${data.hits.length > 0 ? html`<ol class="hits" start="${data.offset + 1}">${data.hits.map(renderHit)}</ol>` : html`<p class="empty">Try fewer or other words; "a phrase" in quotes, -word to exclude.</p>`}
  <nav class="pager" aria-label="More results">${data.prevHref ? html`<a href="${data.prevHref}" rel="prev">Previous</a>` : ''} ${data.nextHref ? html`<a href="${data.nextHref}" rel="next">Next</a>` : ''}</nav>
</div>`;
}
