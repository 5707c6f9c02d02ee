import { createRequire } from 'node:module';
import { fetchUrl, type FetchOptions, type FetchResult } from './fetch-url.js';
import { FetchError } from './fetch-error.js';
import { HostScheduler } from './host-scheduler.js';
import { MAX_REDIRECTS, MAX_CRAWL_DELAY_MS, MAX_ROBOTS_BYTES, ROBOTS_AGENT, ROBOTS_TTL_MS } from './settings.js';

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (module.exports = function) while its typings declare an ES default
// export, which NodeNext cannot reconcile; require() gets the function as it really is.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robots;

interface RobotsEntry {
  /** null: everything allowed (no robots.txt); 'disallow-all': the server failed (RFC 9309 §2.3.1.4). */
  readonly rules: Robots | null | 'disallow-all';
  readonly expires: number;
}

export interface PoliteFetcherOptions extends Omit<FetchOptions, 'etag' | 'lastModified'> {
  /** Milliseconds between two requests to one host (default `MIN_HOST_DELAY_MS`). */
  readonly minDelayMs?: number;
  /** Share one scheduler between fetchers (e.g. `add` and `watch` in one process). */
  readonly scheduler?: HostScheduler;
  /** Skip robots.txt (only for fetching a URL the user typed, never for crawling). */
  readonly ignoreRobots?: boolean;
}

/**
 * The fetcher every network read goes through: `fetchUrl`'s safety limits, plus manners — one
 * request at a time per host with a minimum delay, robots.txt fetched once per host and cached
 * (its Crawl-delay honoured), and a 429/503 Retry-After holding back the whole host.
 *
 * @example
 * const fetcher = new PoliteFetcher({ minDelayMs: 1000 });
 * const page = await fetcher.fetch('https://example.org/news/1');
 */
export class PoliteFetcher {
  readonly scheduler: HostScheduler;
  private readonly robots = new Map<string, Promise<RobotsEntry>>();

  constructor(private readonly options: PoliteFetcherOptions = {}) {
    this.scheduler = options.scheduler ?? new HostScheduler({ minDelayMs: options.minDelayMs });
  }

  /**
   * Fetches `url`; each redirect hop is its own request, paced by its host's schedule and checked
   * against its host's robots.txt (and, in `fetchUrl`, against the address policy).
   */
  async fetch(url: string, conditional: { etag?: string | null; lastModified?: string | null } = {}): Promise<FetchResult> {
    const maxRedirects = this.options.maxRedirects ?? MAX_REDIRECTS;
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = await this.allowedTarget(current);
      const res = await this.scheduled(target.host, current, hop === 0 ? conditional : {}, { redirect: 'manual' });
      if (res.location === undefined) return res;
      if (hop >= maxRedirects) throw new FetchError(url, 'too-many-redirects', `more than ${maxRedirects} redirects (last to ${res.location})`);
      current = res.location;
    }
  }

  /** The parsed URL when robots.txt lets us fetch it; a `FetchError` otherwise. */
  private async allowedTarget(url: string): Promise<URL> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw new FetchError(url, 'bad-url', 'not a valid URL');
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new FetchError(url, 'bad-url', `only http and https URLs are fetched, not ${target.protocol}`);
    if (!this.options.ignoreRobots) {
      const entry = await this.robotsFor(target);
      if (entry.rules === 'disallow-all') throw new FetchError(url, 'robots', `${target.origin}/robots.txt could not be read (server error), so the site is not crawled for now`);
      if (entry.rules && entry.rules.isAllowed(target.href, ROBOTS_AGENT) === false) throw new FetchError(url, 'robots', `disallowed by ${target.origin}/robots.txt`);
    }
    return target;
  }

  private async scheduled(host: string, url: string, conditional: { etag?: string | null; lastModified?: string | null }, extra: Partial<FetchOptions> = {}): Promise<FetchResult> {
    return this.scheduler.run(host, async () => {
      try {
        return await fetchUrl(url, { ...this.options, ...conditional, ...extra });
      } catch (error) {
        if (error instanceof FetchError && (error.status === 429 || error.status === 503)) {
          this.scheduler.deferHost(host, Date.now() + (error.retryAfter ?? 60) * 1000);
        }
        throw error;
      }
    });
  }

  private robotsFor(target: URL): Promise<RobotsEntry> {
    const key = target.origin;
    const cached = this.robots.get(key);
    if (cached) {
      return cached.then((entry) => {
        if (entry.expires > Date.now()) return entry;
        this.robots.delete(key);
        return this.robotsFor(target);
      });
    }
    const loading = this.loadRobots(target);
    this.robots.set(key, loading);
    return loading;
  }

  private async loadRobots(target: URL): Promise<RobotsEntry> {
    const robotsUrl = `${target.origin}/robots.txt`;
    const expires = Date.now() + ROBOTS_TTL_MS;
    try {
      const res = await this.scheduled(target.host, robotsUrl, {}, { maxBytes: MAX_ROBOTS_BYTES, maxDecodedBytes: MAX_ROBOTS_BYTES, accept: 'text/plain' });
      const rules = robotsParser(robotsUrl, Buffer.from(res.bytes).toString('utf8'));
      const crawlDelay = rules.getCrawlDelay(ROBOTS_AGENT);
      if (crawlDelay) this.scheduler.setHostDelay(target.host, Math.min(crawlDelay * 1000, MAX_CRAWL_DELAY_MS));
      return { rules, expires };
    } catch (error) {
      if (error instanceof FetchError && error.status !== null && error.status >= 400 && error.status < 500) return { rules: null, expires };
      if (error instanceof FetchError && (error.problem === 'refused-address' || error.problem === 'bad-url')) throw error;
      // Server error or unreachable: assume disallowed, and look again soon rather than in a day.
      return { rules: 'disallow-all', expires: Date.now() + 10 * 60 * 1000 };
    }
  }
}
