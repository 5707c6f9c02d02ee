/**
 * The stylesheet, kept as a module so it ships inside dist/ with the code that serves it (the
 * CSP forbids inline styles, so it is always a file). Calm and readable: system fonts, one
 * column of about 72 characters, colour only for what it means (agreed, single, disputed),
 * visible focus, phone width first.
 */
export const STYLE_CSS = `
:root {
  --bg: #fbfaf7; --fg: #1d1f21; --muted: #5d6166; --line: #dedad2; --card: #ffffff;
  --accent: #1f5f9e; --agreed: #1e6b3a; --agreed-bg: #e6f2ea; --single: #7a5b00; --single-bg: #fbf1d6;
  --disputed: #a2262b; --disputed-bg: #fbe7e6; --mark: #ffe17a; --focus: #1f5f9e;
  --radius: 6px; --measure: 72ch;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #17191b; --fg: #e7e5e0; --muted: #a3a7ab; --line: #33373b; --card: #1f2225;
    --accent: #8cc0f0; --agreed: #8fd3a5; --agreed-bg: #1d3326; --single: #e8c76a; --single-bg: #352d16;
    --disputed: #f3a19d; --disputed-bg: #3a1f1f; --mark: #7a6410; --focus: #8cc0f0;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
a { color: var(--accent); text-underline-offset: 2px; }
a:focus-visible, button:focus-visible, .chart-scroll:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible, main:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
main:focus { outline: none; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: .5rem; top: .5rem; }
.muted, .unknown { color: var(--muted); }
.site-header { border-bottom: 1px solid var(--line); background: var(--card); }
.site-header-inner { max-width: 64rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; }
.brand { font-weight: 700; font-size: 1.15rem; color: var(--fg); text-decoration: none; letter-spacing: .01em; }
.site-header nav { display: flex; gap: 1rem; }
.site-header nav a[aria-current="page"] { font-weight: 600; text-decoration: none; color: var(--fg); }
.site-search { display: flex; gap: .4rem; flex: 1 1 16rem; }
.site-search input { flex: 1; min-width: 0; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
.site-footer { max-width: 64rem; margin: 2rem auto 0; padding: 1rem; color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .2rem 0 .4rem; max-width: var(--measure); }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p { max-width: var(--measure); }
.page-header { margin-bottom: 1rem; }
.kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--muted); margin: 0; }
.meta { color: var(--muted); margin: .2rem 0; }
input, select, textarea, button { font: inherit; color: inherit; }
input, select, textarea { min-width: 0; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .45rem .55rem; max-width: 100%; }
textarea { width: 100%; resize: vertical; }
button { background: var(--accent); color: #fff; border: 0; border-radius: var(--radius); padding: .5rem 1rem; cursor: pointer; font-weight: 600; }
@media (prefers-color-scheme: dark) { button { color: #10151a; } }
button[disabled] { opacity: .6; cursor: progress; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: flex-end; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .8rem 1rem; margin: 0 0 1.2rem; }
.field { display: flex; flex-direction: column; gap: .25rem; }
.field label { font-size: .9rem; font-weight: 600; }
.field.wide { flex: 1 1 100%; }
.field.actions { flex-direction: row; align-items: center; gap: .8rem; }
.help { font-size: .85rem; color: var(--muted); margin: 0; }
fieldset { min-width: 0; border: 1px solid var(--line); border-radius: var(--radius); padding: .8rem 1rem 1rem; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .75rem 1rem; background: var(--card); }
legend { font-weight: 700; padding: 0 .3rem; }
.story-list { list-style: none; padding: 0; margin: 0; }
.story-card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .8rem 1rem; margin-bottom: .8rem; }
.story-card h2 { margin: 0 0 .2rem; font-size: 1.2rem; }
.story-card h2 a { color: var(--fg); text-decoration: none; }
.story-card h2 a:hover { text-decoration: underline; }
.story-list.compact li { margin: .3rem 0; }
.fact-counts, .summary { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0 0; }
.count { display: inline-block; border-radius: 999px; padding: .1rem .7rem; font-size: .9rem; background: var(--bg); border: 1px solid var(--line); text-decoration: none; color: var(--fg); }
.count.corroborated { background: var(--agreed-bg); color: var(--agreed); border-color: transparent; }
.count.single-source { background: var(--single-bg); color: var(--single); border-color: transparent; }
.count.disputed { background: var(--disputed-bg); color: var(--disputed); border-color: transparent; }
.summary .feed { margin-left: auto; font-size: .9rem; align-self: center; }
.account h2 { border-left: 4px solid var(--line); padding-left: .6rem; }
.account.corroborated h2 { border-color: var(--agreed); }
.account.single-source h2 { border-color: var(--single); }
.account.disputed h2 { border-color: var(--disputed); }
.facts, .quotes, .hits, .outcomes { list-style: none; padding: 0; margin: 0; }
.fact, .quote, .hit { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .7rem .9rem; margin-bottom: .6rem; }
.fact .statement { margin: 0 0 .35rem; font-weight: 550; }
.fact > :last-child, .quote > :last-child, .hit > :last-child { margin-bottom: 0; }
.source-count { font-weight: 400; color: var(--muted); font-size: .9rem; }
.relations { font-size: .9rem; color: var(--muted); margin: .3rem 0 0; }
.values { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .6rem; }
.value { border: 1px solid var(--line); border-top: 3px solid var(--disputed); border-radius: var(--radius); padding: .5rem .7rem; }
.value-text { font-size: 1.2rem; font-weight: 700; margin: 0; }
.value-count { margin: 0 0 .3rem; color: var(--muted); font-size: .9rem; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem; padding: 0; margin: 0; }
.chip { display: inline-block; padding: .15rem .6rem; border-radius: 999px; border: 1px solid var(--accent); font-size: .88rem; text-decoration: none; background: var(--bg); }
.chip:hover { background: var(--accent); color: var(--card); }
.chip.copy { border-style: dashed; }
.chip-note { color: var(--muted); }
.chip:hover .chip-note { color: inherit; }
blockquote { margin: 0 0 .4rem; padding-left: .8rem; border-left: 3px solid var(--line); font-size: 1.05rem; }
blockquote p { margin: 0; }
.attribution { margin: 0 0 .4rem; color: var(--muted); }
.badge { display: inline-block; font-size: .78rem; padding: .05rem .5rem; border-radius: 999px; background: var(--bg); border: 1px solid var(--line); color: var(--muted); vertical-align: middle; }
.badge.match-verbatim, .badge.status-corroborated { color: var(--agreed); border-color: var(--agreed); }
.badge.match-altered, .badge.status-disputed { color: var(--disputed); border-color: var(--disputed); }
.badge.match-trimmed, .badge.status-single-source { color: var(--single); border-color: var(--single); }
.quote-diff { margin-top: .4rem; font-size: .93rem; }
.quote-diff summary { cursor: pointer; color: var(--accent); }
.quote-diff ul { padding-left: 1.1rem; }
del { background: var(--disputed-bg); color: var(--disputed); }
ins { background: var(--agreed-bg); color: var(--agreed); text-decoration: none; }
.reports { padding-left: 1.3rem; }
.reports > li { margin-bottom: .7rem; }
.reports .report-title { font-weight: 600; display: block; }
.report-meta, .derivation { display: block; font-size: .9rem; color: var(--muted); }
.derivation { font-style: italic; }
.copies { list-style: none; border-left: 2px dashed var(--line); margin: .4rem 0 0 .2rem; padding-left: .9rem; }
.entity-groups { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0 1.5rem; }
.entity-list { padding-left: 1.1rem; margin: 0; }
.chart-scroll { overflow-x: auto; max-width: 100%; border-radius: var(--radius); }
.chart { min-width: 34rem; width: 100%; height: auto; display: block; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); font-size: 12px; }
.chart .lane { stroke: var(--line); stroke-width: 1; }
.chart .tick { stroke: var(--line); stroke-dasharray: 2 4; }
.chart .tick-label, .chart .lane-label { fill: var(--muted); font-size: 12px; }
.chart .lane-label.current { fill: var(--fg); font-weight: 700; }
.chart .dot { fill: var(--accent); stroke: var(--card); stroke-width: 2; }
.chart .dot.copy { fill: var(--card); stroke: var(--accent); stroke-width: 2; }
.chart a:focus .dot, .chart a:hover .dot { stroke: var(--fg); stroke-width: 3; }
.chart .event { fill: var(--single); }
.chart .bar { fill: var(--accent); opacity: .45; }
.chart .bar.current { opacity: 1; }
.chart a:focus .bar, .chart a:hover .bar { opacity: .9; }
.chart-legend { font-size: .88rem; color: var(--muted); }
.legend-dot, .legend-event { display: inline-block; width: .7rem; height: .7rem; border-radius: 50%; background: var(--accent); vertical-align: middle; margin-left: .4rem; }
.legend-dot.copy { background: var(--card); border: 2px solid var(--accent); }
.legend-event { border-radius: 0; background: var(--single); clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.report-text { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .5rem 1.2rem; font-size: 1.05rem; line-height: 1.65; }
.report-text p { white-space: pre-line; overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
mark:target { outline: 3px solid var(--focus); outline-offset: 1px; }
mark[id] { scroll-margin-top: 30vh; }
.notice { background: var(--single-bg); border-radius: var(--radius); padding: .4rem .7rem; }
.marks-notice { background: var(--bg); border: 1px solid var(--line); }
.snippet { margin: .2rem 0; }
.hit h2 { margin: .1rem 0; font-size: 1.1rem; }
.hit-kind { margin: 0; }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
.empty { background: var(--card); border: 1px dashed var(--line); padding: 1rem; border-radius: var(--radius); }
.error { color: var(--disputed); font-weight: 600; }
.outcome { padding: .35rem 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
.outcome.added::before { content: "✓ "; color: var(--agreed); }
.outcome.present::before { content: "= "; color: var(--muted); }
.outcome.failed::before { content: "✗ "; color: var(--disputed); }
.outcome.failed { color: var(--disputed); }
progress { width: 100%; height: .8rem; }
.revision { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--single); border-radius: var(--radius); padding: .6rem .9rem; margin-bottom: .6rem; }
.revision-head { margin: 0 0 .4rem; }
.revision-changes { list-style: none; padding: 0; margin: 0; }
.change { padding: .25rem 0; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
.change-links { font-size: .88rem; color: var(--muted); }
.badge.change-changed, .badge.change-reworded { color: var(--single); border-color: var(--single); }
.badge.change-added { color: var(--agreed); border-color: var(--agreed); }
.badge.change-removed { color: var(--disputed); border-color: var(--disputed); }
.revised { font-size: .92rem; margin: .35rem 0 0; }
.count.revised { background: var(--single-bg); color: var(--single); border-color: transparent; }
.versions { list-style: none; border-left: 2px solid var(--single); margin: .4rem 0 0 .2rem; padding-left: .9rem; }
.counters { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .5rem; margin: .6rem 0 1rem; }
.counters div { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .4rem .7rem; }
.counters dt { font-size: .85rem; color: var(--muted); }
.counters dd { margin: 0; font-size: 1.3rem; font-weight: 700; }
.table-scroll { overflow-x: auto; }
.status-table { border-collapse: collapse; width: 100%; background: var(--card); border: 1px solid var(--line); font-size: .93rem; }
.status-table caption { text-align: left; font-weight: 600; padding: .3rem 0; }
.status-table th, .status-table td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
.status-table tr.failing td { background: var(--disputed-bg); }
.feed-title { font-weight: 600; }
.feed-url, .last-error { display: block; font-size: .85rem; color: var(--muted); overflow-wrap: anywhere; }
.last-error { color: var(--disputed); }
code { font-size: .92em; background: var(--bg); border: 1px solid var(--line); border-radius: 3px; padding: 0 .25em; }
@media (max-width: 40rem) {
  body { font-size: 15.5px; }
  h1 { font-size: 1.4rem; }
  main { padding: .75rem; }
  .filters .field { flex: 1 1 100%; }
  .filters select, .filters input, fieldset .field, fieldset input, fieldset select { width: 100%; }
  fieldset .field { flex: 1 1 100%; }
  .summary .feed { margin-left: 0; }
  .report-text { padding: .3rem .8rem; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;

/** The site icon: two overlapping marks, the idea of corroboration. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f5f9e"/><circle cx="12.5" cy="16" r="7" fill="none" stroke="#fff" stroke-width="3"/><circle cx="19.5" cy="16" r="7" fill="none" stroke="#ffe17a" stroke-width="3"/></svg>`;
