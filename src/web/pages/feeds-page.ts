import { html, safeExternalUrl, type SafeHtml } from '../html.js';
import { plural, timeElement } from '../format.js';
import type { FeedsStatus, FeedState } from '../../api/feeds-status.js';

/** Hosts listed in the watcher's requests-per-host table; the rest are summed in one line. */
const HOSTS_SHOWN = 20;

function renderWatcher(status: FeedsStatus): SafeHtml {
  const w = status.watcher;
  if (!w) {
    return html`<p class="notice" id="watcher-off">This server does not watch the feeds. Start it with <code>corroborate serve --watch</code>, or run <code>corroborate watch</code> (with a PostgreSQL database, another process can watch while this one serves). The state below is what the last polls stored.</p>`;
  }
  const t = w.totals;
  const hosts = Object.entries(t.perHost).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = hosts.slice(0, HOSTS_SHOWN);
  const others = hosts.slice(HOSTS_SHOWN).reduce((sum, [, n]) => sum + n, 0);
  const counters: Array<[string, number]> = [
    ['rounds', t.rounds], ['feeds fetched', t.fetched], ['feeds unchanged (304)', t.unchanged], ['feed fetches failed', t.failed],
    ['new items', t.newItems], ['pages ingested', t.ingested], ['updated versions', t.updated], ['pages re-checked', t.rechecked],
    ['page failures', t.itemFailures],
  ];
  return html`<section aria-labelledby="watcher-heading" class="watcher">
    <h2 id="watcher-heading">The watcher <span class="badge ${w.running ? 'status-corroborated' : 'status-disputed'}">${w.running ? 'running' : 'stopped'}</span></h2>
    <p class="meta">Started ${timeElement(w.startedAt)}${w.stoppedAt ? html` · stopped ${timeElement(w.stoppedAt)}` : ''} · last round ${w.totals.lastRound ? timeElement(w.totals.lastRound) : html`<span class="unknown">none yet</span>`} · ${w.hostDelayMs} ms between requests to one host · pages re-checked for ${Math.round(w.recheckHorizonS / 3600)} h after first seen</p>
    ${w.error ? html`<p class="error">It stopped on an error: ${w.error}</p>` : ''}
    <dl class="counters">${counters.map(([label, n]) => html`<div><dt>${label}</dt><dd>${n}</dd></div>`)}</dl>
    ${shown.length > 0
      ? html`<table class="status-table"><caption>Requests per host since the watcher started</caption>
        <thead><tr><th scope="col">Host</th><th scope="col">Requests</th></tr></thead>
        <tbody>${shown.map(([host, n]) => html`<tr><td>${host}</td><td>${n}</td></tr>`)}${others > 0 ? html`<tr><td>${plural(hosts.length - HOSTS_SHOWN, 'other host')}</td><td>${others}</td></tr>` : ''}</tbody></table>`
      : html`<p class="muted">No request sent yet.</p>`}
  </section>`;
}

function renderFeed(feed: FeedState): SafeHtml {
  const site = safeExternalUrl(feed.siteUrl);
  const link = safeExternalUrl(feed.url);
  const failing = feed.status === 'failing';
  return html`<tr class="${failing ? 'failing' : ''}">
    <td><span class="feed-title">${feed.title ?? '(no title yet)'}</span>${site ? html` <a href="${site}" rel="noopener noreferrer nofollow" class="external">site</a>` : ''}
      <span class="feed-url">${link ? html`<a href="${link}" rel="noopener noreferrer nofollow">${feed.url}</a>` : feed.url}</span></td>
    <td><span class="badge ${failing ? 'status-disputed' : feed.status.startsWith('ok') || feed.status === 'not modified' ? 'status-corroborated' : ''}">${feed.status}</span>${feed.failures > 0 ? html` <span class="muted">${plural(feed.failures, 'failure')} in a row</span>` : ''}
      ${feed.lastError ? html`<span class="last-error">${feed.lastError}</span>` : ''}</td>
    <td>${feed.lastFetch ? timeElement(feed.lastFetch) : html`<span class="unknown">never</span>`}</td>
    <td>${timeElement(feed.nextDue)}${feed.due ? html` <span class="badge status-single-source">due</span>` : ''}</td>
    <td>${feed.itemsIngested}</td>
  </tr>`;
}

/**
 * The Feeds page: the watcher of this process with its counters (or how to start one), then each
 * followed feed's state — last fetch, status, failures in a row and the last error, next poll —
 * as the database holds it. Titles, URLs and errors come from the feeds: all escaped, links only
 * when http(s).
 */
export function renderFeedsPage(status: FeedsStatus): SafeHtml {
  const { counts, rechecks } = status;
  return html`<div class="feeds-page">
  <header class="page-header"><h1>Feeds</h1>
    <p class="meta">${plural(counts.feeds, 'feed')} followed · ${counts.due} due now · ${counts.failing} failing${status.nextDue ? html` · next poll ${timeElement(status.nextDue)}` : ''}
      · ${plural(rechecks.scheduled, 'article page')} to re-check for updates (${rechecks.due} due)${rechecks.next ? html`, next ${timeElement(rechecks.next)}` : ''}</p>
    <p class="muted">Times in UTC, as of ${timeElement(status.at)}. JSON at <a href="/api/v1/feeds">/api/v1/feeds</a>.</p></header>
  ${renderWatcher(status)}
  <section aria-labelledby="feeds-heading">
    <h2 id="feeds-heading">Followed feeds <span class="muted">(${counts.feeds})</span></h2>
    ${status.feeds.length > 0
      ? html`<div class="table-scroll"><table class="status-table feeds-table"><caption class="visually-hidden">Each feed's polling state</caption>
        <thead><tr><th scope="col">Feed</th><th scope="col">Status</th><th scope="col">Last fetch</th><th scope="col">Next poll</th><th scope="col">Ingested</th></tr></thead>
        <tbody>${status.feeds.map(renderFeed)}</tbody></table></div>`
      : html`<p class="empty">No feeds yet. Follow one with <code>corroborate feeds add URL</code> (or an OPML file).</p>`}
  </section>
</div>`;
}
