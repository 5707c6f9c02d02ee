/**
 * Story entities: the report-level entities of every report merged into one list.
 *
 * Two report entities of the same type are one story entity when
 * - their canonical names are equal once case, accents and dots are ignored ("U.S." = "US"), or
 *   one's canonical name is among the other's aliases;
 * - (people) one is a lone surname and the other a full name ending in it, when no other full name
 *   in the story ends in that surname ("Bialiatski" -> "Ales Bialiatski");
 * - (locations) both name the same country ("Belarus", "Republic of Belarus") by country code;
 *   cities of a country stay apart from it ("Vilnius" is not "Lithuania").
 */
import countries from 'i18n-iso-countries';
import type { AccountEntity, Entity, EntityType, ReportView } from '../core/records.js';
import { STATE_ORGANISATION_PREFIXES } from './counted-words.js';

export interface StoryEntities {
  readonly entities: readonly AccountEntity[];
  /** The story entity a report entity key belongs to, or null for an unknown key. */
  readonly entityOf: (report: string, key: string | null) => AccountEntity | null;
}

interface Node {
  readonly report: string;
  readonly entity: Entity;
  readonly order: number;
}

/** Lower case, accents and punctuation removed, spaces collapsed: the key names compare by. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[.\u00b7]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `type:slug`, the stable id of a story entity ("person:ales-bialiatski"). */
export function entityIdOf(type: EntityType, name: string): string {
  return `${type}:${normaliseName(name).replace(/ /gu, '-')}`;
}

/** True when the location entity names its whole country rather than a place in it. */
function isCountryLevel(entity: Pick<Entity, 'type' | 'country' | 'name' | 'aliases'>): boolean {
  if (entity.type !== 'location' || entity.country === undefined) return false;
  const code = entity.country.toUpperCase();
  return [entity.name, ...entity.aliases].some((alias) => {
    const compact = normaliseName(alias).replace(/ /gu, '');
    return countries.getAlpha2Code(alias, 'en') === code || compact === code.toLowerCase() || compact === (countries.alpha2ToAlpha3(code) ?? '').toLowerCase();
  });
}

/**
 * Who acts, for comparing statements: a country and its government are one actor ("the U.S.
 * agreed to lift sanctions", "Washington lifted sanctions"), keyed `state:US`; anyone else is
 * their story entity.
 */
export function actorKeyOf(entity: AccountEntity | null): string | null {
  if (entity === null) return null;
  if (entity.country !== undefined) {
    const isState =
      isCountryLevel(entity) ||
      (entity.type === 'organisation' && STATE_ORGANISATION_PREFIXES.some((p) => normaliseName(entity.name).startsWith(p)));
    if (isState) return `state:${entity.country.toUpperCase()}`;
  }
  return entity.id;
}

function tokensOf(name: string): string[] {
  return normaliseName(name).split(' ').filter((t) => t !== '');
}

/**
 * Merges the report entities of a story (rules in the module comment), in report order so ids and
 * names come out the same on every run.
 *
 * @example
 * mergeEntities(reports).entityOf('r1', 'person:bialiatski')?.name // 'Ales Bialiatski'
 */
export function mergeEntities(reports: readonly ReportView[]): StoryEntities {
  const nodes: Node[] = [];
  for (const report of reports) {
    for (const entity of report.annotations.entities) nodes.push({ report: report.id, entity, order: nodes.length });
  }
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Equal names or a name among the other's aliases.
  const byName = new Map<string, number>();
  nodes.forEach((node, i) => {
    const key = `${node.entity.type}|${normaliseName(node.entity.name)}`;
    const seen = byName.get(key);
    if (seen === undefined) byName.set(key, i);
    else union(seen, i);
  });
  nodes.forEach((node, i) => {
    for (const alias of node.entity.aliases) {
      const other = byName.get(`${node.entity.type}|${normaliseName(alias)}`);
      if (other !== undefined && tokensOf(alias).length > 1) union(other, i);
    }
  });

  // A lone surname joins the one full name ending in it.
  const fullNamesBySurname = new Map<string, Set<string>>();
  const nodeOfFullName = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'person') return;
    const tokens = tokensOf(node.entity.name);
    if (tokens.length < 2) return;
    const surname = tokens[tokens.length - 1]!;
    const names = fullNamesBySurname.get(surname) ?? new Set<string>();
    names.add(tokens.join(' '));
    fullNamesBySurname.set(surname, names);
    if (!nodeOfFullName.has(tokens.join(' '))) nodeOfFullName.set(tokens.join(' '), i);
  });
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'person') return;
    const tokens = tokensOf(node.entity.name);
    if (tokens.length !== 1) return;
    const names = fullNamesBySurname.get(tokens[0]!);
    if (names === undefined || names.size !== 1) return;
    const [full] = [...names];
    union(nodeOfFullName.get(full!)!, i);
  });

  // Country-level locations by country code.
  const byCountry = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!isCountryLevel(node.entity)) return;
    const code = node.entity.country!.toUpperCase();
    const seen = byCountry.get(code);
    if (seen === undefined) byCountry.set(code, i);
    else union(seen, i);
  });

  const groups = new Map<number, Node[]>();
  nodes.forEach((node, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), node]);
  });

  const reportOrder = new Map(reports.map((r, i) => [r.id, i] as const));
  const entities: AccountEntity[] = [];
  const entityOfNode = new Map<string, AccountEntity>();
  const usedIds = new Set<string>();
  for (const members of [...groups.values()].sort((a, b) => a[0]!.order - b[0]!.order)) {
    const name = chooseCanonicalName(members);
    const type = members[0]!.entity.type;
    let id = entityIdOf(type, name);
    for (let n = 2; usedIds.has(id); n++) id = `${entityIdOf(type, name)}-${n}`;
    usedIds.add(id);
    const aliases = [...new Set(members.flatMap((m) => [m.entity.name, ...m.entity.aliases]))].sort();
    const reportIds = [...new Set(members.map((m) => m.report))].sort(
      (a, b) => (reportOrder.get(a) ?? 0) - (reportOrder.get(b) ?? 0),
    );
    const country = members.find((m) => m.entity.country !== undefined)?.entity.country;
    const merged: AccountEntity = { id, name, type, aliases, reports: reportIds, ...(country === undefined ? {} : { country }) };
    entities.push(merged);
    for (const m of members) entityOfNode.set(`${m.report}\u0000${m.entity.key}`, merged);
  }
  return {
    entities,
    entityOf: (report, key) => (key === null ? null : (entityOfNode.get(`${report}\u0000${key}`) ?? null)),
  };
}

/** The fullest name (most words), then the most reported, then the first seen. */
function chooseCanonicalName(members: readonly Node[]): string {
  const counts = new Map<string, { count: number; order: number }>();
  for (const m of members) {
    const seen = counts.get(m.entity.name);
    counts.set(m.entity.name, { count: (seen?.count ?? 0) + 1, order: seen?.order ?? m.order });
  }
  const ranked = [...counts.entries()].sort(
    ([a, x], [b, y]) => tokensOf(b).length - tokensOf(a).length || y.count - x.count || x.order - y.order,
  );
  return ranked[0]![0];
}
