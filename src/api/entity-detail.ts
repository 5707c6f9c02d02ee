import type { Queryable } from '../store/db.js';
import type { AccountQuote, EntityType, FactKind, FactStatus } from '../core/records.js';
import { storyDetail, type StoryDetail } from '../pipeline/index.js';
import type { StoryListItem } from './story-list.js';
import { listStoryPage } from './story-list.js';
import { entityIdsFor } from './query-params.js';
import { ENTITY_STORIES, ENTITY_STORIES_WITH_DETAIL } from './settings.js';

/** One entity across every story that names it. */
export interface EntityDetail {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Every name it goes by in any story, the canonical name first. */
  readonly aliases: readonly string[];
  readonly country: string | null;
  /** The stories naming it, most recently active first. */
  readonly stories: readonly StoryListItem[];
  /** Facts of the most recent stories whose statement or supporting words name it. */
  readonly facts: ReadonlyArray<{
    story: string; storyTitle: string | null; id: string; kind: FactKind; statement: string; status: FactStatus; independentSources: number;
  }>;
  /** Quotes it speaks (`speaker`) or that name it (`mentioned`), in those stories. */
  readonly quotes: ReadonlyArray<{
    story: string; storyTitle: string | null; role: 'speaker' | 'mentioned'; speaker: string | null; speakerEntity: string | null;
    text: string; match: AccountQuote['match']; sources: readonly string[];
  }>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches any of the names as a whole word (names are proper nouns: case counts). */
function namePattern(names: readonly string[]): RegExp | null {
  const usable = names.filter((n) => n.trim().length > 1);
  if (usable.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * An entity by id (`person:ales-bialiatski`) or by name: its names, its stories over time and the
 * facts and quotes it appears in; null when no story names it.
 *
 * @example
 * const entity = await entityDetail(db, 'location:azores');
 * entity?.stories.map((s) => s.title);
 */
export async function entityDetail(q: Queryable, idOrName: string): Promise<EntityDetail | null> {
  const ids = entityIdsFor(idOrName);
  if (ids.length === 0) return null;
  const { items: stories } = await listStoryPage(q, { entities: ids }, { limit: ENTITY_STORIES });
  if (stories.length === 0) return null;

  const details: StoryDetail[] = [];
  for (const story of stories.slice(0, ENTITY_STORIES_WITH_DETAIL)) {
    const detail = await storyDetail(q, story.id);
    if (detail) details.push(detail);
  }
  const matches = details.flatMap((d) => d.entities.filter((e) => ids.includes(e.id)));
  const aliases = new Map<string, number>();
  for (const entity of matches) for (const alias of [entity.name, ...entity.aliases]) aliases.set(alias, (aliases.get(alias) ?? 0) + 1);
  const canonical = mostCommon(matches.map((e) => e.name)) ?? [...aliases.keys()][0] ?? idOrName;
  const id = mostCommon(matches.map((e) => e.id)) ?? ids[0]!;
  const type = (matches[0]?.type ?? id.split(':')[0]) as EntityType;
  const country = matches.find((e) => e.country)?.country ?? null;
  const names = [canonical, ...[...aliases.keys()].filter((a) => a !== canonical)];
  const pattern = namePattern(names);

  const facts: Array<EntityDetail['facts'][number]> = [];
  const quotes: Array<EntityDetail['quotes'][number]> = [];
  for (const d of details) {
    const storyIds = new Set(d.entities.filter((e) => ids.includes(e.id) || e.id === id).map((e) => e.id));
    for (const fact of d.facts) {
      if (fact.kind === 'quote') continue;
      const texts = [fact.statement, ...fact.support.map((s) => s.text)];
      if (pattern && texts.some((t) => pattern.test(t))) {
        facts.push({ story: d.id, storyTitle: d.title, id: fact.id, kind: fact.kind, statement: fact.statement, status: fact.status, independentSources: fact.independentSources });
      }
    }
    for (const quote of d.quotes) {
      const speaks = quote.speakerEntity !== null && storyIds.has(quote.speakerEntity);
      if (!speaks && !(pattern && pattern.test(quote.text))) continue;
      quotes.push({
        story: d.id, storyTitle: d.title, role: speaks ? 'speaker' : 'mentioned', speaker: quote.speaker, speakerEntity: quote.speakerEntity,
        text: quote.text, match: quote.match, sources: quote.sources,
      });
    }
  }
  return { id, name: canonical, type, aliases: names, country, stories, facts, quotes };
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
