import { MIN_HOST_DELAY_MS } from './settings.js';

interface HostState {
  /** The tail of this host's queue: the next task starts after it settles. */
  tail: Promise<void>;
  /** Epoch ms before which no request may start (last end + delay, or a Retry-After). */
  notBefore: number;
  /** Requests started, for statistics. */
  started: number;
  firstStart: number | null;
  lastStart: number | null;
}

/**
 * Politeness per host: at most one request at a time to a host, and at least `minDelayMs` between
 * the end of one and the start of the next; `deferHost` pushes a host's next request back (for a
 * Retry-After or a robots.txt Crawl-delay). Different hosts run in parallel.
 *
 * @example
 * const scheduler = new HostScheduler({ minDelayMs: 1000 });
 * await scheduler.run('example.org', () => fetchUrl('https://example.org/'));
 */
export class HostScheduler {
  readonly minDelayMs: number;
  private readonly hosts = new Map<string, HostState>();
  private readonly delays = new Map<string, number>();

  constructor(options: { minDelayMs?: number } = {}) {
    this.minDelayMs = options.minDelayMs ?? MIN_HOST_DELAY_MS;
  }

  /** Sets a longer gap for one host (e.g. its robots.txt Crawl-delay); never shorter than the default. */
  setHostDelay(host: string, delayMs: number): void {
    this.delays.set(host, Math.max(this.minDelayMs, delayMs));
  }

  /** No request to `host` starts before `until` (epoch ms). */
  deferHost(host: string, until: number): void {
    const state = this.state(host);
    state.notBefore = Math.max(state.notBefore, until);
  }

  /** Runs `task` when `host` is free and its delay has passed; resolves with the task's result. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    const result = state.tail.then(async () => {
      const wait = state.notBefore - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const now = Date.now();
      state.started++;
      state.firstStart ??= now;
      state.lastStart = now;
      try {
        return await task();
      } finally {
        state.notBefore = Math.max(state.notBefore, Date.now() + (this.delays.get(host) ?? this.minDelayMs));
      }
    });
    state.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Requests started per host, with the span between the first and the last start. */
  stats(): Array<{ host: string; requests: number; spanMs: number }> {
    return [...this.hosts].map(([host, s]) => ({ host, requests: s.started, spanMs: s.firstStart !== null && s.lastStart !== null ? s.lastStart - s.firstStart : 0 }));
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { tail: Promise.resolve(), notBefore: 0, started: 0, firstStart: null, lastStart: null };
      this.hosts.set(host, state);
    }
    return state;
  }
}
