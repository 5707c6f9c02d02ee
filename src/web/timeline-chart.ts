import { html, type SafeHtml } from './html.js';
import { dayLabel } from './format.js';

/**
 * Timelines drawn on the server as inline SVG: no script, no chart library, readable without
 * styles. Geometry is in viewBox units; CSS scales the chart to the page width.
 */

/** Chart width and the left column for lane labels, in viewBox units. */
const WIDTH = 720;
const LABEL_WIDTH = 168;
const RIGHT_PAD = 20;
const LANE_HEIGHT = 28;
const AXIS_HEIGHT = 34;
const TOP_PAD = 10;
/** Widening of a time range with a single instant, so its dot sits mid-chart: 6 hours each side. */
const SINGLE_INSTANT_PAD_MS = 6 * 3600_000;
/** Room left at each end of the time axis, as a share of the range. */
const RANGE_PAD_SHARE = 0.05;
/** Most lanes before the rest share one ("others"). */
const MAX_LANES = 12;
/** Longest lane label, in characters (the label column is fixed). */
const MAX_LABEL_CHARS = 22;
/** Tick spacing candidates, in hours; the first giving at most MAX_TICKS ticks is used. */
const TICK_STEPS_HOURS = [1, 3, 6, 12, 24, 48, 24 * 7, 24 * 14, 24 * 30, 24 * 91, 24 * 365];
const MAX_TICKS = 6;

export interface TimelinePoint {
  readonly lane: string;
  readonly time: number;
  readonly href: string;
  /** Tooltip and accessible name. */
  readonly label: string;
  /** Copies are drawn hollow, so origins stand out. */
  readonly copy: boolean;
}

export interface TimelineEvent {
  readonly time: number;
  readonly label: string;
}

/**
 * On a phone the chart keeps a readable minimum width (CSS) and scrolls sideways in its own box,
 * which the keyboard can reach and scroll.
 */
function scrollable(svg: SafeHtml, title: string): SafeHtml {
  return html`<div class="chart-scroll" tabindex="0" role="region" aria-label="${title} (scrolls sideways on narrow screens)">${svg}</div>`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

interface Axis {
  readonly x: (time: number) => number;
  readonly ticks: SafeHtml;
}

function timeAxis(times: readonly number[], top: number, bottom: number): Axis {
  let min = Math.min(...times);
  let max = Math.max(...times);
  if (max - min < 1000) {
    min -= SINGLE_INSTANT_PAD_MS;
    max += SINGLE_INSTANT_PAD_MS;
  }
  const pad = (max - min) * RANGE_PAD_SHARE;
  min -= pad;
  max += pad;
  const left = LABEL_WIDTH;
  const right = WIDTH - RIGHT_PAD;
  const x = (time: number) => left + ((time - min) / (max - min)) * (right - left);
  const hours = (max - min) / 3600_000;
  const step = (TICK_STEPS_HOURS.find((h) => hours / h <= MAX_TICKS) ?? TICK_STEPS_HOURS.at(-1)!) * 3600_000;
  const daily = step >= 24 * 3600_000;
  const ticks: SafeHtml[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) {
    const date = new Date(t);
    const text = daily ? dayLabel(t).replace(/ \d{4}$/, '') : `${String(date.getUTCHours()).padStart(2, '0')}:00`;
    const px = x(t).toFixed(1);
    ticks.push(html`<line class="tick" x1="${px}" x2="${px}" y1="${top}" y2="${bottom}"></line><text class="tick-label" x="${px}" y="${bottom + 16}" text-anchor="middle">${text}</text>`);
  }
  if (!daily) {
    ticks.push(html`<text class="tick-label" x="${left}" y="${bottom + 30}">${dayLabel(min + pad)} (UTC)</text>`);
  }
  return { x, ticks: html`${ticks}` };
}

/**
 * When each report appeared, one lane per outlet, with the dates the account states marked on
 * the axis. Each dot links to its report.
 *
 * @example
 * renderReportTimeline([{ lane: 'Nordic Wire', time: Date.parse('2026-03-10T09:00Z'), href: '/reports/r1', label: 'Nordic Wire, 10 Mar', copy: false }], []);
 */
export function renderReportTimeline(points: readonly TimelinePoint[], events: readonly TimelineEvent[], title: string): SafeHtml {
  if (points.length === 0) return html``;
  const laneNames: string[] = [];
  for (const p of [...points].sort((a, b) => a.time - b.time)) if (!laneNames.includes(p.lane)) laneNames.push(p.lane);
  const shown = laneNames.length > MAX_LANES ? [...laneNames.slice(0, MAX_LANES - 1), 'others'] : laneNames;
  const laneOf = (lane: string) => Math.min(laneNames.indexOf(lane), shown.length - 1);
  const lanesBottom = TOP_PAD + shown.length * LANE_HEIGHT;
  const height = lanesBottom + AXIS_HEIGHT + 14;
  const times = [...points.map((p) => p.time), ...events.map((e) => e.time)];
  const axis = timeAxis(times, TOP_PAD, lanesBottom);
  const lanes = shown.map((name, i) => {
    const y = TOP_PAD + i * LANE_HEIGHT + LANE_HEIGHT / 2;
    return html`<line class="lane" x1="${LABEL_WIDTH}" x2="${WIDTH - RIGHT_PAD}" y1="${y}" y2="${y}"></line><text class="lane-label" x="${LABEL_WIDTH - 8}" y="${y + 4}" text-anchor="end">${truncate(name, MAX_LABEL_CHARS)}</text>`;
  });
  const dots = points.map((p) => {
    const y = TOP_PAD + laneOf(p.lane) * LANE_HEIGHT + LANE_HEIGHT / 2;
    return html`<a href="${p.href}" aria-label="${p.label}"><circle class="${p.copy ? 'dot copy' : 'dot'}" cx="${axis.x(p.time).toFixed(1)}" cy="${y}" r="6"><title>${p.label}</title></circle></a>`;
  });
  const marks = events.map((e) => {
    const cx = axis.x(e.time);
    const y = lanesBottom;
    return html`<path class="event" d="M${(cx - 5).toFixed(1)} ${y}L${cx.toFixed(1)} ${y - 7}L${(cx + 5).toFixed(1)} ${y}Z"><title>${e.label}</title></path>`;
  });
  return scrollable(html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="group" aria-label="${title}" preserveAspectRatio="xMinYMin meet">${axis.ticks}${lanes}${marks}${dots}</svg>`, title);
}

export interface SpanItem {
  readonly label: string;
  readonly href: string;
  readonly start: number;
  readonly end: number;
  /** The story the page is about, drawn stronger. */
  readonly current: boolean;
}

/**
 * Stories as bars over time (first to last report), one row each: the story thread on a story
 * page, an entity's stories on its page. Each label links to its story.
 */
export function renderSpanChart(items: readonly SpanItem[], title: string): SafeHtml {
  if (items.length === 0) return html``;
  const rowsBottom = TOP_PAD + items.length * LANE_HEIGHT;
  const height = rowsBottom + AXIS_HEIGHT + 14;
  const axis = timeAxis(items.flatMap((i) => [i.start, i.end]), TOP_PAD, rowsBottom);
  const rows = items.map((item, i) => {
    const y = TOP_PAD + i * LANE_HEIGHT;
    const x1 = axis.x(item.start);
    const width = Math.max(6, axis.x(item.end) - x1);
    return html`<a href="${item.href}" aria-label="${item.label}"><text class="${item.current ? 'lane-label current' : 'lane-label'}" x="${LABEL_WIDTH - 8}" y="${y + LANE_HEIGHT / 2 + 4}" text-anchor="end">${truncate(item.label, MAX_LABEL_CHARS)}</text><rect class="${item.current ? 'bar current' : 'bar'}" x="${x1.toFixed(1)}" y="${y + 7}" width="${width.toFixed(1)}" height="${LANE_HEIGHT - 14}" rx="3"><title>${item.label}</title></rect></a>`;
  });
  return scrollable(html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="group" aria-label="${title}" preserveAspectRatio="xMinYMin meet">${axis.ticks}${rows}</svg>`, title);
}
