/** Small feeds and article pages written for these tests (made-up towns and events). */
import type { Handler } from '../fetch/local-server.js';

/** A feed document served with a validator: 304 when the client sends it back, else the body. */
export function conditionalFeed(etag: () => string, body: () => string): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag()) {
      res.writeHead(304, { etag: etag() });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: etag() });
    res.end(body());
  };
}

/** A site whose feed gives one item, the fire article of `firePage`, in the version `version()` says. */
export function fireSite(origin: () => string, version: () => 0 | 1, options: { hostileNote?: boolean } = {}): Record<string, Handler> {
  return {
    '/robots.txt': (_req, res) => res.end('User-agent: *\nAllow: /\n'),
    '/rss.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss2(origin(), [1]).replace(`${origin()}/a/1`, `${origin()}/fire`));
    },
    '/fire': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(firePage(version(), options));
    },
  };
}

const TOWNS = ['Alderbury', 'Brackenford', 'Colvend', 'Dunmere', 'Eastwick Vale', 'Fairhollow'];
const THINGS = ['a new footbridge', 'the flood barrier', 'a night bus route', 'the public library', 'a recycling depot', 'the market hall'];

/** An article page about one made-up local decision, distinct for each n. */
export function articlePage(n: number, revision = 0): string {
  const town = TOWNS[n % TOWNS.length]!;
  const thing = THINGS[(n * 5 + 1) % THINGS.length]!;
  const title = `${town} council approves ${thing} (${n})`;
  const paragraphs = [
    `Councillors in ${town} voted ${7 + (n % 5)} to ${2 + (n % 3)} on Monday to approve ${thing}, ending a debate that had run for ${n + 2} months.`,
    `The scheme will cost about ${(n + 1) * 120} thousand pounds, according to figures presented at the meeting, and work is due to start in the spring.`,
    `Residents who spoke at the meeting were divided: shop owners welcomed the plan, while a group of neighbours said the site was too close to the river.`,
    revision > 0 ? `Update: the council later said the cost had risen to ${(n + 1) * 150} thousand pounds after a review of the contract.` : '',
  ].filter(Boolean);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

/** RSS 2.0 with items 1..n; items in `redated` carry a later pubDate (the outlet updated them). */
export function rss2(origin: string, items: readonly number[], redated: ReadonlySet<number> = new Set()): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Courier</title><link>${origin}/</link><description>Local news</description>
${items.map((n) => `<item><title>Story ${n}</title><link>${origin}/a/${n}</link><guid isPermaLink="false">courier-${n}</guid><pubDate>Mon, 16 Nov 2026 ${redated.has(n) ? '2' : '0'}${n % 10}:00:00 GMT</pubDate><description>Summary ${n}</description></item>`).join('\n')}
</channel></rss>`;
}

export function atom(origin: string, items: readonly number[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Gazette</title><link href="${origin}/"/><id>urn:gazette</id><updated>2026-11-16T10:00:00Z</updated>
${items.map((n) => `<entry><title>Entry ${n}</title><link rel="alternate" href="/a/${n}"/><id>urn:gazette:${n}</id><updated>2026-11-16T0${n % 10}:00:00Z</updated><summary>Summary ${n}</summary></entry>`).join('\n')}
</feed>`;
}

export function jsonFeed(origin: string, items: readonly number[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'River Post',
    home_page_url: `${origin}/`,
    items: items.map((n) => ({ id: `post-${n}`, url: `${origin}/a/${n}`, title: `Post ${n}`, date_published: `2026-11-16T0${n % 10}:00:00Z` })),
  });
}

export const RSS_091 = `<?xml version="1.0"?>
<rss version="0.91"><channel><title>Old Wire</title><link>http://old.example/</link><description>d</description><language>en</language>
<item><title>First</title><link>http://old.example/1</link></item>
<item><title>Second</title><link>http://old.example/2</link></item>
</channel></rss>`;

export const RSS_10 = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://rdf.example/"><title>RDF Times</title><link>http://rdf.example/</link><description>d</description></channel>
<item rdf:about="http://rdf.example/x"><title>X</title><link>http://rdf.example/x</link><dc:date>2026-11-16T08:00:00Z</dc:date></item>
</rdf:RDF>`;

export function opml(urls: readonly string[]): string {
  return `<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
<outline text="Local"><${urls.map((u, i) => `outline text="Feed ${i} &amp; co" type="rss" xmlUrl="${u}"/>`).join('\n<')}</outline>
<outline text="No feed here" htmlUrl="http://x.example/"/>
</body></opml>`;
}

/**
 * One article in two versions, as an outlet updates it: version 1 raises the toll (12 -> 15) and
 * the headline with it, drops one quote, adds another, rewords a third, and adds a line saying so.
 * The other facts (40 firefighters, 23 taken to hospital) stay.
 */
export function firePage(version: 0 | 1, options: { hostileNote?: boolean } = {}): string {
  const dead = version === 0 ? 12 : 15;
  const title = `Warehouse fire in Alderbury kills ${dead}`;
  const quote = version === 0
    ? '<p>"We have never seen a fire spread this fast," said fire chief Mara Lindqvist.</p>'
    : '<p>"The building had no working sprinklers," said council leader Tomas Brandt.</p>';
  const cause = version === 0
    ? '"The cause of the fire is not yet known and an inquiry will begin next week," said council spokeswoman Ana Ruiz.'
    : '"The cause of the fire is still not known and an inquiry will begin on Monday," said council spokeswoman Ana Ruiz.';
  const note = version === 1 ? `<p>This article was updated with a higher death toll${options.hostileNote ? ' &lt;script&gt;alert(1)&lt;/script&gt;' : ''}.</p>` : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="Alderbury Echo"></head><body><article><h1>${title}</h1>
<p>A fire at a textile warehouse in Alderbury killed ${dead} people on Monday night, the regional fire service said on Tuesday.</p>
<p>More than 40 firefighters fought the blaze for six hours before it was brought under control, and 23 people were taken to hospital.</p>
${quote}
<p>${cause}</p>${note}</article></body></html>`;
}
