import assert from 'node:assert/strict';
import type { StoryDetail } from '../../src/pipeline/index.js';

/**
 * Provenance is the product: every support entry of every fact and quote must give back exactly
 * the cited words when its report's text is sliced at its offsets.
 */
export async function assertSupportInvariant(story: StoryDetail, textOf: (reportId: string) => Promise<string>): Promise<void> {
  const texts = new Map<string, string>();
  const text = async (id: string) => {
    if (!texts.has(id)) texts.set(id, await textOf(id));
    return texts.get(id)!;
  };
  const ids = new Set<string>();
  for (const fact of story.facts) {
    assert.ok(fact.rule, `fact ${fact.id} has no rule`);
    assert.ok(!ids.has(fact.id), `duplicate fact id ${fact.id}`);
    ids.add(fact.id);
    assert.ok(fact.support.length > 0, `fact ${fact.id} has no support`);
    for (const s of fact.support) {
      const full = await text(s.report);
      assert.ok(s.start >= 0 && s.end <= full.length && s.start < s.end, `support out of bounds in ${fact.id}`);
      assert.equal(full.slice(s.start, s.end), s.text, `support text of ${fact.id} is not the slice`);
    }
  }
  for (const quote of story.quotes) {
    for (const s of quote.support) {
      assert.equal((await text(s.report)).slice(s.start, s.end), s.text, `quote support is not the slice`);
    }
  }
}
