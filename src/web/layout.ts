import { html, type HtmlValue, type SafeHtml } from './html.js';

/** Where the page's static files are, with a content version for caching. */
export interface AssetUrls {
  readonly style: string;
  readonly script: string;
  readonly icon: string;
}

export interface PageOptions {
  readonly title: string;
  readonly assets: AssetUrls;
  /** The search box's current query. */
  readonly query?: string;
  /** An Atom feed for this page (`<link rel="alternate">`). */
  readonly feed?: { readonly href: string; readonly title: string };
  /** Which main navigation entry is the current page. */
  readonly current?: 'stories' | 'add' | 'search' | 'feeds';
}

/**
 * The page frame: header with navigation and search, the main content, a footer pointing to the
 * API. Scripts and styles are files (the CSP allows nothing inline); the script only enhances.
 */
export function renderPage(options: PageOptions, main: HtmlValue): string {
  const nav = (key: PageOptions['current'], href: string, label: string) =>
    options.current === key ? html`<a href="${href}" aria-current="page">${label}</a>` : html`<a href="${href}">${label}</a>`;
  const page: SafeHtml = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Corroborate</title>
<link rel="stylesheet" href="${options.assets.style}">
<link rel="icon" href="${options.assets.icon}" type="image/svg+xml">
${options.feed ? html`<link rel="alternate" type="application/atom+xml" title="${options.feed.title}" href="${options.feed.href}">` : ''}
<script type="module" src="${options.assets.script}"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="site-header-inner">
    <a class="brand" href="/">Corroborate</a>
    <nav aria-label="Main">${nav('stories', '/', 'Stories')} ${nav('add', '/add', 'Add reports')} ${nav('feeds', '/feeds', 'Feeds')}</nav>
    <form class="site-search" role="search" action="/search" method="get">
      <label for="site-q" class="visually-hidden">Search stories, reports, people and quotes</label>
      <input id="site-q" name="q" type="search" value="${options.query ?? ''}" placeholder="Search stories, people, quotes" autocomplete="off">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site-footer">
  <p>Every fact links to the words of the reports it rests on. JSON API at <a href="/api/v1/openapi.json">/api/v1</a>.</p>
</footer>
</body>
</html>
`;
  return page.value;
}
