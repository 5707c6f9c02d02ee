/**
 * A one-line progress display for long batches on a terminal: redrawn in place on stderr, so
 * `--json` output on stdout stays clean. Does nothing when stderr is not a terminal.
 */
export interface ProgressBar {
  update(done: number, total: number, counts: Readonly<Record<string, number>>): void;
  finish(): void;
}

/** Columns of the bar itself; the counts follow it. */
const BAR_WIDTH = 30;
/** Redraws at most this often (ms): a terminal cannot show more, and writes cost time. */
const REDRAW_INTERVAL_MS = 100;

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update() {}, finish() {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, total, counts) {
      const now = Date.now();
      if (now - last < REDRAW_INTERVAL_MS && done < total) return;
      last = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * BAR_WIDTH);
      const summary = Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ');
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} inputs  ${summary}\x1b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
