/**
 * Builds `ReportView`s from the compact fixture files in `test/fixtures/reconcile/<slug>/input.json`:
 * each annotation names the words it covers (`at`, the n-th occurrence with `nth`, or the first
 * after the words `after`), and the builder finds their offsets, so every record's offsets are
 * right by construction and fixtures stay readable.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Annotations,
  Entity,
  EntityType,
  Hedge,
  Mention,
  Quantity,
  Quote,
  ReportView,
  Span,
  Statement,
  TimeExpression,
} from '../../src/core/records.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';
import { packageRoot } from '../../src/core/package-root.js';

interface Anchor {
  readonly at: string;
  readonly nth?: number;
  readonly after?: string;
}

export interface FixtureReport {
  readonly id: string;
  readonly published: string | null;
  readonly derivedFrom?: string | null;
  readonly outlet?: string;
  readonly title?: string;
  readonly text: string;
  readonly entities?: readonly { key: string; name: string; type: EntityType; aliases?: string[]; country?: string; mentions?: (string | Anchor)[] }[];
  readonly quantities?: readonly (Anchor & {
    value: number;
    low?: number | null;
    high?: number | null;
    hedge?: Hedge;
    counted?: string | null;
    countedAt?: string;
    event?: string | null;
    partitive?: boolean;
  })[];
  readonly times?: readonly (Anchor & {
    startDate: string;
    endDate?: string;
    precision?: 'day' | 'month' | 'year';
    relation?: TimeExpression['relation'];
  })[];
  readonly quotes?: readonly (Anchor & { speaker?: string | null; speakerAt?: string | Anchor; direct?: boolean })[];
  readonly statements?: readonly (Anchor & {
    verb: string;
    negated?: boolean;
    subject?: string | null;
    object?: string | null;
    objectText?: string | null;
  })[];
}

export interface FixtureInput {
  readonly story: string;
  readonly description?: string;
  readonly reports: readonly FixtureReport[];
}

export interface Fixture {
  readonly slug: string;
  readonly dir: string;
  readonly input: FixtureInput;
  readonly reports: ReportView[];
  readonly expected: unknown;
}

export const FIXTURES_DIR = join(packageRoot(), 'test', 'fixtures', 'reconcile');

/** Offsets of the words an anchor names; throws (a broken fixture) when they are not in the text. */
export function locate(text: string, anchor: string | Anchor, within?: Span): Span {
  const a: Anchor = typeof anchor === 'string' ? { at: anchor } : anchor;
  let from = within?.start ?? 0;
  if (a.after !== undefined) {
    const after = text.indexOf(a.after, from);
    if (after < 0) throw new Error(`fixture: "${a.after}" not found in text`);
    from = after + a.after.length;
  }
  let index = text.indexOf(a.at, from);
  for (let n = 0; n < (a.nth ?? 0) && index >= 0; n++) index = text.indexOf(a.at, index + 1);
  if (index < 0 || (within !== undefined && index + a.at.length > within.end)) {
    throw new Error(`fixture: "${a.at}" (nth ${a.nth ?? 0}) not found in text`);
  }
  return { start: index, end: index + a.at.length };
}

/** A `ReportView` from a fixture report, annotations with offsets computed from their anchors. */
export function buildReport(spec: FixtureReport): ReportView {
  const text = spec.text;
  const entities: Entity[] = (spec.entities ?? []).map((e) => ({
    kind: 'entity',
    key: e.key,
    name: e.name,
    type: e.type,
    aliases: e.aliases ?? [e.name],
    ...(e.country !== undefined ? { country: e.country } : {}),
  }));
  const mentions: Mention[] = (spec.entities ?? []).flatMap((e) =>
    (e.mentions ?? []).map((m): Mention => {
      const span = locate(text, m);
      return { kind: 'mention', ...span, text: text.slice(span.start, span.end), type: e.type, entity: e.key, rule: 'fixture/mention' };
    }),
  );
  mentions.sort((a, b) => a.start - b.start);
  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => {
    const span = locate(text, q);
    const countedSpan = q.countedAt !== undefined ? locate(text, q.countedAt, { start: span.start, end: text.length }) : null;
    return {
      kind: 'quantity',
      ...span,
      text: text.slice(span.start, span.end),
      value: q.value,
      low: q.low ?? q.value,
      high: q.high === null ? Infinity : (q.high ?? q.value),
      hedge: q.hedge ?? 'exact',
      counted: q.counted ?? null,
      countedSpan,
      event: q.event ?? null,
      partitive: q.partitive ?? false,
      rule: 'fixture/quantity',
    };
  });
  quantities.sort((a, b) => a.start - b.start);
  const times: TimeExpression[] = (spec.times ?? []).map((t) => {
    const span = locate(text, t);
    return {
      kind: 'time',
      ...span,
      text: text.slice(span.start, span.end),
      type: 'date',
      startDate: t.startDate,
      endDate: t.endDate ?? t.startDate,
      precision: t.precision ?? 'day',
      relation: t.relation ?? 'on',
      duration: null,
      rule: 'fixture/time',
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = locate(text, q);
    return {
      kind: 'quote',
      ...span,
      text: text.slice(span.start, span.end),
      direct: q.direct ?? true,
      speaker: q.speaker ?? null,
      speakerSpan: q.speakerAt !== undefined ? locate(text, q.speakerAt) : null,
      rule: 'fixture/quote',
    };
  });
  const statements: Statement[] = (spec.statements ?? []).map((s) => {
    const span = locate(text, s);
    return {
      kind: 'statement',
      ...span,
      verb: s.verb,
      negated: s.negated ?? false,
      subject: s.subject ?? null,
      subjectSpan: null,
      object: s.object ?? null,
      objectText: s.objectText ?? null,
      objectSpan: null,
      quantities: quantities.flatMap((q, i) => (q.start >= span.start && q.end <= span.end ? [i] : [])),
      rule: 'fixture/statement',
    };
  });
  const annotations: Annotations = {
    kind: 'annotations',
    sentences: splitSentences(text).map(({ start, end }) => ({ kind: 'sentence', start, end })),
    entities,
    mentions,
    quantities,
    times,
    quotes,
    statements,
    messages: [],
    tagged: false,
  };
  return {
    id: spec.id,
    externalId: null,
    url: null,
    outlet: spec.outlet ?? null,
    published: spec.published,
    article: {
      kind: 'article',
      text,
      title: spec.title ?? null,
      byline: null,
      published: spec.published,
      modified: null,
      outlet: spec.outlet ?? null,
      language: 'en',
      canonicalUrl: null,
      messages: [],
    },
    annotations,
    derivedFrom: spec.derivedFrom ?? null,
  };
}

/** Every fixture folder: its input, the reports built from it and its expected output. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const dir = join(FIXTURES_DIR, slug);
      const input = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as FixtureInput;
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as unknown;
      return { slug, dir, input, reports: input.reports.map(buildReport), expected };
    });
}
