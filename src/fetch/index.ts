/**
 * Fetching from the web, safely (SSRF guard at connect time, size/time/redirect limits,
 * decompression bombs refused) and politely (User-Agent, robots.txt, per-host pacing,
 * conditional GET, Retry-After).
 */
export { fetchUrl, type FetchOptions, type FetchResult } from './fetch-url.js';
export { FetchError, type FetchProblem } from './fetch-error.js';
export { HostScheduler } from './host-scheduler.js';
export { PoliteFetcher, type PoliteFetcherOptions } from './polite-fetcher.js';
export { refuseAddress, type AddressVerdict, type PrivateNetworkPolicy } from './address-policy.js';
export { parseRetryAfter } from './parse-retry-after.js';
export * from './settings.js';
