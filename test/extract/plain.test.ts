import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/core/records.js';
import { extractPlain, type ExtractPlainOptions } from '../../src/extract/plain/index.js';

// Compiled to dist/test/extract/: the repo root is three levels up, ../shared one more.
const repoRoot = new URL('../../../', import.meta.url);
const fixturesDir = new URL('test/fixtures/extract/plain/', repoRoot);
const seedsDir = new URL('../shared/seeds/', repoRoot);

/** Invariants every extraction must hold, whatever the input. */
function checkInvariants(article: Article): void {
  assert.equal(article.kind, 'article');
  assert.ok(!/\n{3,}/.test(article.text), 'paragraphs are separated by exactly one blank line');
  assert.equal(article.text, article.text.trim(), 'no leading or trailing whitespace');
  for (const p of article.text.split('\n\n')) {
    if (article.text) assert.ok(p.trim().length > 0 && p === p.trim(), `paragraph is trimmed and non-empty: ${JSON.stringify(p)}`);
  }
  for (const m of article.messages) {
    assert.match(m.rule, /^extract\/plain-[a-z-]+$/, 'every message carries a plain-extractor rule id');
    assert.ok(m.reason.length > 0);
  }
  if (article.published) assert.match(article.published, /^\d{4}-\d{2}-\d{2}/);
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// The seed reports, read from ../shared at test time (never copied into the repo).

const seedFiles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];

function readSeed(prefix: string): string | null {
  const name = seedFiles.find((f) => f.startsWith(prefix));
  return name ? readFileSync(new URL(name, seedsDir), 'utf8') : null;
}

/** The seed's real paragraphs: long runs of prose (at least 25 words). */
function longParagraphs(text: string): string[] {
  return paragraphs(text).filter((p) => p.split(/\s+/).length >= 25 && !/[{};]/.test(p));
}

for (const prefix of ['000_', '001_']) {
  test(`seed ${prefix}: every long paragraph survives verbatim, no debris remains`, { skip: !readSeed(prefix) }, () => {
    const raw = readSeed(prefix)!;
    const article = extractPlain(raw);
    checkInvariants(article);
    const out = paragraphs(article.text);
    for (const p of longParagraphs(raw)) assert.ok(out.includes(p), `kept verbatim: ${p.slice(0, 60)}...`);
    assert.doesNotMatch(article.text, /\p{Script=Arabic}/u, 'no Arabic UI strings');
    assert.doesNotMatch(article.text, /document\.|getElementById|[{}]|;\s*$/m, 'no script code');
    assert.doesNotMatch(article.text, /Previous Post|Next Post|Chairman|Chief Editor/i, 'no navigation or masthead');
    assert.ok(!out.includes('English'), 'no lone language-switcher word');
    // Lines the page repeats (captions, the headline) appear at most once, and never in the body.
    const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
    const repeated = lines.filter((l, i) => lines.indexOf(l) !== i);
    for (const l of repeated) assert.ok(!out.includes(l), `repeated line not kept: ${l}`);
    assert.ok(article.title && !out.includes(article.title), 'title recognised and not repeated in the body');
    // Short lines before the first long paragraph are page furniture or metadata, not body.
    const firstBody = lines.findIndex((l) => l.split(/\s+/).length >= 25);
    for (const l of lines.slice(0, firstBody)) assert.ok(!out.includes(l), `header line not kept as a paragraph: ${l}`);
    // Every dropped line is explained.
    assert.ok(article.messages.every((m) => m.severity !== 'error'));
    assert.equal(article.language, 'en');
  });
}

test('seed 000: the title is the headline the page repeats at the top', { skip: !readSeed('000_') }, () => {
  const raw = readSeed('000_')!;
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  const article = extractPlain(raw);
  assert.equal(lines[0], lines[1], 'fixture shape: the headline is given twice');
  assert.equal(article.title, lines[0]);
});

test('seed 001: the title is the headline before the dateline; the dateline gives the date', { skip: !readSeed('001_') }, () => {
  const raw = readSeed('001_')!;
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  const article = extractPlain(raw, { fetchedAt: '2025-12-14T08:00:00Z' });
  const dateline = lines.findIndex((l) => /^\w{3}, \w{3}\. \d{1,2}, \d{4}$/.test(l));
  assert.ok(dateline > 0, 'fixture shape: a dateline line');
  assert.equal(article.title, lines[dateline - 1]);
  assert.equal(article.published, '2025-12-13');
  // The teaser that repeats the opening of a body paragraph is not kept as its own line.
  const out = paragraphs(article.text);
  const teasers = lines.slice(0, dateline).filter((l) => out.some((p) => p !== l && p.startsWith(l)));
  assert.ok(teasers.length > 0, 'fixture shape: a teaser line');
  for (const t of teasers) assert.ok(!out.includes(t));
  assert.ok(article.messages.some((m) => m.rule === 'extract/plain-teaser-repeat'));
});

// ---------------------------------------------------------------------------------------------
// Golden fixtures written by the team: input.txt, options.json (optional), expected.json and
// expected.txt side by side. UPDATE_FIXTURES=1 rewrites the expected files for review.

interface Expected {
  title: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  language: string | null;
  /** Rule ids that must appear among the messages. */
  rules?: string[];
}

const slugs = existsSync(fixturesDir) ? readdirSync(fixturesDir).sort() : [];
for (const slug of slugs) {
  test(`fixture ${slug}`, () => {
    const dir = new URL(`${slug}/`, fixturesDir);
    const input = readFileSync(new URL('input.txt', dir), 'utf8');
    const optionsFile = new URL('options.json', dir);
    const options: ExtractPlainOptions = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
    const article = extractPlain(input, options);
    checkInvariants(article);
    const expectedJson = new URL('expected.json', dir);
    const expectedTxt = new URL('expected.txt', dir);
    if (process.env['UPDATE_FIXTURES']) {
      const old: Partial<Expected> = existsSync(expectedJson) ? JSON.parse(readFileSync(expectedJson, 'utf8')) : {};
      const next: Expected = {
        title: article.title, byline: article.byline, published: article.published, outlet: article.outlet,
        language: article.language, ...(old.rules ? { rules: old.rules } : {}),
      };
      writeFileSync(fileURLToPath(expectedJson), `${JSON.stringify(next, null, 2)}\n`);
      writeFileSync(fileURLToPath(expectedTxt), `${article.text}\n`);
      return;
    }
    const expected: Expected = JSON.parse(readFileSync(expectedJson, 'utf8'));
    assert.equal(article.text, readFileSync(expectedTxt, 'utf8').replace(/\n$/, ''));
    assert.deepEqual(
      { title: article.title, byline: article.byline, published: article.published, outlet: article.outlet, language: article.language },
      { title: expected.title, byline: expected.byline, published: expected.published, outlet: expected.outlet, language: expected.language },
    );
    const rules = new Set(article.messages.map((m) => m.rule));
    for (const r of expected.rules ?? []) assert.ok(rules.has(r), `expected a message with rule ${r}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Behaviour

test('a short real paragraph and a one-line quote inside the body survive', () => {
  const text = [
    'Council closes old bridge after cracks found',
    'The city council voted on Tuesday to close the old river bridge to all traffic after engineers found deep cracks in two of its piers.',
    '"We had no choice," the mayor said.',
    'It is closed.',
    'Repairs are expected to take at least eight months and cost about 4 million euros, according to a report by the city engineer.',
  ].join('\n\n');
  const article = extractPlain(text);
  assert.equal(article.title, 'Council closes old bridge after cracks found');
  assert.deepEqual(paragraphs(article.text), paragraphs(text).slice(1));
});

test('options win over what the text says, and a given title still leaves the top of the body', () => {
  const text = 'Bridge to close\n\nBy Jane Roe\n\n13 December 2025\n\nThe city council voted on Tuesday to close the old river bridge to all traffic after engineers found cracks.';
  const article = extractPlain(text, { title: 'Bridge to close', published: '2025-12-12', outlet: 'City Courier', language: 'en-GB', url: 'https://example.org/a' });
  assert.equal(article.title, 'Bridge to close');
  assert.equal(article.published, '2025-12-12');
  assert.equal(article.outlet, 'City Courier');
  assert.equal(article.language, 'en');
  assert.equal(article.canonicalUrl, 'https://example.org/a');
  assert.equal(article.byline, 'Jane Roe');
  assert.equal(article.text, paragraphs(text)[3]);
});

test('a dateline after the fetch day is not the publication date; a bare time uses the fetch day', () => {
  const body = 'The city council voted on Tuesday to close the old river bridge to all traffic after engineers found cracks.';
  const later = extractPlain(`Bridge to close\n\n14 December 2025\n\n${body}`, { fetchedAt: '2025-12-13T09:00:00Z' });
  assert.equal(later.published, null);
  assert.ok(later.messages.some((m) => m.rule === 'extract/plain-date-after-fetch'));
  const timeOnly = extractPlain(`Bridge to close\n\nUpdated 10:42 GMT\n\n${body}`, { fetchedAt: '2025-12-13T12:00:00Z' });
  assert.equal(timeOnly.published, '2025-12-13');
  const beforeTime = extractPlain(`Bridge to close\n\nUpdated 10:42 GMT\n\n${body}`, { fetchedAt: '2025-12-13T08:00:00Z' });
  assert.equal(beforeTime.published, '2025-12-12');
});

test('hard-wrapped paragraphs are joined into one paragraph each', () => {
  const text = [
    'The city council voted on Tuesday to close the old river bridge to all',
    'traffic after engineers found deep cracks in two of its piers, officials',
    'said in a statement issued late in the evening.',
    '',
    'Repairs are expected to take at least eight months and cost about four',
    'million euros, according to a report by the city engineer released today.',
  ].join('\n');
  const article = extractPlain(text);
  assert.deepEqual(paragraphs(article.text).length, 2);
  assert.ok(article.text.startsWith('The city council voted on Tuesday to close the old river bridge to all traffic after'));
});

test('misuse throws: a non-string input, an unreadable fetch time', () => {
  assert.throws(() => extractPlain(42 as unknown as string), /must be a string/);
  assert.throws(() => extractPlain('text', { fetchedAt: 'yesterday' }), /fetchedAt/);
});

test('empty input gives an empty article with a warning, not an exception', () => {
  const article = extractPlain('');
  assert.equal(article.text, '');
  assert.equal(article.title, null);
  assert.ok(article.messages.some((m) => m.rule === 'extract/plain-no-body'));
});

test('prose that mentions debris words survives (cookies, copyright, agency polls, times, calls to join)', () => {
  const paragraphs = [
    'The bakery sold more than 500 cookies on the first day, and the owners agreed to keep the shop open late for the rest of the month to manage demand.',
    'A court in Minsk ruled on Tuesday in a copyright dispute between two publishers over a translation of a novel.',
    'An AP/NORC poll conducted last month found that 61% of adults support the plan.',
    'Buses will leave at 9:00, 10:30, 11:45 and 12:15, the operator said; tickets are free.',
    '"Join us in the square on Sunday," the organisers wrote in a message to supporters.',
    'Subscribers to the paper will receive the supplement free of charge, the publisher said.',
  ];
  const text = ['Minsk council votes on bakery hours', ...paragraphs].join('\n\n');
  const article = extractPlain(text);
  assert.deepEqual(article.text.split('\n\n'), paragraphs);
  assert.equal(article.messages.filter((m) => m.rule !== 'extract/plain-title').length, 0);
});

test('every dropped line has exactly one message naming its rule', () => {
  const raw = 'Home | World | Sport\n\nCouncil votes to close the old river bridge\n\nThe council voted on Tuesday to close the old river bridge to all traffic after engineers found cracks.\n\nShare this:\n\nFacebook';
  const article = extractPlain(raw);
  const lines = raw.split('\n').filter((l) => l.trim());
  const kept = article.text.split('\n\n');
  assert.equal(article.messages.length, lines.length - kept.length);
  assert.deepEqual(
    article.messages.map((m) => m.rule),
    ['extract/plain-navigation', 'extract/plain-title', 'extract/plain-share-widget', 'extract/plain-share-widget'],
  );
});

test('a given title with a site suffix still removes the bare headline from the top', () => {
  const body = 'Dock workers returned to work on Friday after their union accepted a pay offer, ending a nine-day strike.';
  const article = extractPlain(`Port strike ends after pay deal\n\n${body}`, { title: 'Port strike ends after pay deal | Harbour Daily' });
  assert.equal(article.title, 'Port strike ends after pay deal | Harbour Daily');
  assert.equal(article.text, body);
});

test('seeds: line endings, indentation and paragraph spacing do not change the result', { skip: seedFiles.length === 0 }, () => {
  for (const name of seedFiles) {
    const raw = readFileSync(new URL(name, seedsDir), 'utf8');
    const base = extractPlain(raw);
    const variants: Record<string, string> = {
      crlf: raw.replace(/\n/g, '\r\n'),
      'single newlines': raw.replace(/\n\s*\n/g, '\n'),
      'double blank lines': raw.replace(/\n\s*\n/g, '\n\n\n'),
      indented: raw.split('\n').map((l) => (l ? `  ${l} \t` : l)).join('\n'),
      'no-break spaces': raw.split('\n').map((l) => `${l}\u00a0`).join('\n'),
    };
    for (const [variant, text] of Object.entries(variants)) {
      const a = extractPlain(text);
      assert.equal(a.text, base.text, `${name} ${variant}: text`);
      assert.equal(a.title, base.title, `${name} ${variant}: title`);
      assert.equal(a.published, base.published, `${name} ${variant}: published`);
    }
  }
});

test('one-sentence paragraphs on consecutive lines of similar length are not joined as a wrap', () => {
  const lines = [
    'The council approved the plan on Thursday after a long debate in the chamber.',
    'Work on the first streets will begin in March and last until the autumn.',
    'Residents will be told about road closures by letter two weeks in advance.',
    'The opposition said the money should have gone to the bus network instead.',
  ];
  const article = extractPlain(lines.join('\n'));
  assert.deepEqual(article.text.split('\n\n'), lines);
});

test('relative datelines need a fetch time to resolve against', () => {
  const body = 'The council voted on Tuesday to close the old river bridge to all traffic after engineers found cracks.';
  assert.equal(extractPlain(`Bridge to close\n\n2 hours ago\n\n${body}`).published, null);
  assert.equal(extractPlain(`Bridge to close\n\n2 hours ago\n\n${body}`, { fetchedAt: '2025-12-13T12:00:00Z' }).published, '2025-12-13');
});

test('a dateline states its day before its time: a stated day wins over the fetch day, spaced digits are read whole', () => {
  const body = 'The council voted on Tuesday to close the old river bridge to all traffic after engineers found cracks.';
  const fetchedAt = '2026-01-01T12:00:00Z';
  // The time comes first in the line, the day after it.
  assert.equal(extractPlain(`Bridge to close\n\n2 A.M. FEB. 4, 2009\n\n${body}`, { fetchedAt }).published, '2009-02-04');
  assert.equal(extractPlain(`Bridge to close\n\n8:05am UK, Monday 16 September 2013\n\n${body}`, { fetchedAt }).published, '2013-09-16');
  // Tokenised or OCR'd text spaces its separators; the date is read whole, with or without a fetch time.
  for (const options of [{ fetchedAt }, {}]) {
    assert.equal(extractPlain(`Bridge to close\n\nUPDATED 05 / 03 / 2013 at 11: 00 AM EDT\n\n${body}`, options).published, '2013-05-03');
    assert.equal(extractPlain(`Bridge to close\n\nPublished: 2012. 08. 08 09: 01 AM\n\n${body}`, options).published, '2012-08-08');
  }
  assert.equal(extractPlain(`Bridge to close\n\nUpdated 9: 06 AM\n\n${body}`, { fetchedAt }).published, '2026-01-01');
});

test('a range of bare numbers is no time of day: a table row stays text', () => {
  const body = 'The champion kept his title on points after twelve rounds, the judges said after the fight in Las Vegas.';
  const article = extractPlain(`Champion keeps title\n\n${body}\n\nMuhammad Ali 22 - 3`, { fetchedAt: '2026-01-01T12:00:00Z' });
  assert.equal(article.published, null);
  assert.ok(!article.messages.some((m) => m.rule === 'extract/plain-dateline'), 'not read as a dateline');
});

test('a title given as a dateline is the date, and the headline is found in the text', async () => {
  const text = [
    'ACEH, July 2, 2013',
    'Strong earthquake shakes the coast of Aceh province',
    'A strong earthquake struck off the coast of Aceh province on Tuesday, damaging houses and injuring at least five people, officials said.',
    'The quake struck at a depth of ten kilometres and its epicentre lay some fifty kilometres west of the nearest town, the survey said.',
  ].join('\n');
  const article = extractPlain(text, { title: 'Updated: July 2, 2013 15: 01 IST' });
  checkInvariants(article);
  assert.equal(article.title, 'Strong earthquake shakes the coast of Aceh province');
  assert.equal(article.published, '2013-07-02');
  assert.ok(article.messages.some((m) => m.rule === 'extract/plain-dateline-title'));
  // A title with words of its own besides a date stays the title.
  const titled = extractPlain(text, { title: '02/07/2013 - Quake damages houses in Aceh' });
  assert.equal(titled.title, '02/07/2013 - Quake damages houses in Aceh');
  const { extractReport } = await import('../../src/extract/index.js');
  const viaHints = extractReport({ format: 'text', content: text, hints: { title: 'APR 28' } });
  assert.equal(viaHints.title, 'Strong earthquake shakes the coast of Aceh province', 'a date-only hint is not taken as the title');
});

test('a text that is only its given title is kept as the text', () => {
  const flash = "PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach.";
  const article = extractPlain(flash, { title: flash });
  checkInvariants(article);
  assert.equal(article.text, flash);
  assert.equal(article.title, flash);
  assert.deepEqual(article.messages.map((m) => m.rule), ['extract/plain-title-only']);
});
