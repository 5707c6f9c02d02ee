/**
 * Prints what `annotate()` makes of one fixture (or every composition fixture), in the vocabulary
 * of the fixtures' expected.json, for reviewing a change or writing a new fixture's expectations:
 *
 *   npx tsc -p tsconfig.json && node dist/test/annotate/print-fixture.js [slug]
 *
 * It writes nothing: expected.json files are written by hand, from this output, after review.
 */
import { annotate } from '../../src/annotate/index.js';
import { compositionFixtures } from './annotate-support.js';

const only = process.argv[2];
for (const f of compositionFixtures().filter((x) => !only || x.slug === only)) {
  const a = annotate({ text: f.text, published: '2025-12-13', language: 'en' });
  const out = {
    entities: a.entities.map((e) => ({ key: e.key, name: e.name, type: e.type, ...(e.country ? { country: e.country } : {}), aliases: e.aliases })),
    mentions: a.mentions.map((m) => `${m.text} -> ${m.entity} (${m.rule})`),
    quotes: a.quotes.map((q) => ({ text: q.text, direct: q.direct, speaker: q.speaker, rule: q.rule })),
    statements: a.statements.map((s) => ({ verb: s.verb, negated: s.negated, subject: s.subject, object: s.object, objectText: s.objectText, rule: s.rule, quantities: s.quantities.map((i) => a.quantities[i]?.text) })),
  };
  process.stdout.write(`== ${f.slug}\n${JSON.stringify(out, null, 2)}\n`);
}
