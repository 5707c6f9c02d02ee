import type { StoryDetail } from '../pipeline/index.js';

const STATUS_LABEL: Record<string, string> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  disputed: 'Disputed',
};

/**
 * A story's account as Markdown: what independent sources agree on, what one source alone
 * reports, where they disagree, the quotes, and the reports with their derivation.
 */
export function storyToMarkdown(story: StoryDetail): string {
  const lines: string[] = [];
  const outletOf = new Map(story.reports.map((r) => [r.id, r.outlet ?? r.externalId ?? r.id]));
  const cite = (ids: readonly string[]) => [...new Set(ids)].map((id) => outletOf.get(id) ?? id).join(', ');
  lines.push(`# ${story.title ?? '(untitled story)'}`, '');
  lines.push(`Story ${story.id}: ${story.reports.length} report(s), ${story.independentSources} independent source(s), ${story.firstSeen ?? '?'} to ${story.lastSeen ?? '?'}.`, '');
  for (const status of ['corroborated', 'disputed', 'single-source'] as const) {
    const facts = story.facts.filter((f) => f.status === status);
    if (facts.length === 0) continue;
    lines.push(`## ${STATUS_LABEL[status]} (${facts.length})`, '');
    for (const fact of facts) {
      lines.push(`- ${fact.statement} [${cite(fact.support.map((s) => s.report))}]`);
      if (status === 'disputed') {
        for (const v of fact.values) lines.push(`  - ${v.value}: ${cite(v.support.map((s) => s.report))}`);
      }
      for (const rel of fact.relations) lines.push(`  - ${rel.type} ${rel.fact}`);
      if (fact.revised) lines.push(`  - revised: an earlier version (${fact.revised.previous}) gave ${fact.revised.from.value}`);
    }
    lines.push('');
  }
  if (story.quotes.length > 0) {
    lines.push(`## Quotes (${story.quotes.length})`, '');
    for (const q of story.quotes) {
      lines.push(`- ${q.speaker ?? 'Unattributed'}: “${q.text}” [${cite(q.support.map((s) => s.report))}; ${q.match}]`);
      for (const d of q.diff ?? []) lines.push(`  - ${outletOf.get(d.report) ?? d.report}: ${d.edits}`);
    }
    lines.push('');
  }
  if (story.revisions.length > 0) {
    lines.push(`## Revised by their outlets (${story.revisions.length})`, '');
    for (const r of story.revisions) {
      lines.push(`- ${r.report} (${outletOf.get(r.report) ?? 'report'}) is a revision of ${r.previous}`);
      if (r.title) lines.push(`  - title: “${r.title.from ?? ''}” → “${r.title.to ?? ''}”`);
      for (const c of r.changes) lines.push(`  - ${c.change}: ${c.edits ?? c.statement}`);
    }
    lines.push('');
  }
  lines.push(`## Reports (${story.reports.length})`, '');
  for (const r of story.reports) {
    const derived = r.derivedFrom ? ` (derived from ${outletOf.get(r.derivedFrom) ?? r.derivedFrom})` : '';
    const versions = `${r.revisionOf ? ` (revision of ${r.revisionOf})` : ''}${r.revisedBy ? ` (superseded by ${r.revisedBy})` : ''}`;
    lines.push(`- ${r.id} ${r.outlet ?? ''} ${r.published ?? ''}: ${r.title ?? '(untitled)'}${derived}${versions}`.replace(/\s+/g, ' '));
  }
  return lines.join('\n') + '\n';
}
