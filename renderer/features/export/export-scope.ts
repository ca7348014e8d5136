// What an export covers, and how many stories in it may go out. The service decides in the end
// (it checks each approval's hash); this count only lets the panel explain before it asks.
import type { OpArgs } from '../../../shared/api';
import type { DocSummary, Story } from '../../../shared/model';

export type ExportScope = 'document' | 'selection' | 'library';

export const isReady = (s: Story): boolean => s.kind !== 'nonstory' && s.status === 'approved' && s.approval !== null;
/** Approved once, then changed: waits for a new approval. */
export const isStale = (s: Story): boolean => s.kind !== 'nonstory' && s.status === 'in_review' && s.approval !== null;

export function scopeCounts(scope: ExportScope, stories: Story[], checked: string[], documents: DocSummary[]): { ready: number; stale: number } {
  if (scope === 'library') return { ready: documents.reduce((n, d) => n + d.approvedCount, 0), stale: 0 };
  const inScope = scope === 'selection' ? stories.filter((s) => checked.includes(s.id)) : stories;
  return { ready: inScope.filter(isReady).length, stale: inScope.filter(isStale).length };
}

export function scopeArgs(scope: ExportScope, docId: string, checked: string[]): Pick<OpArgs<'exportStories'>, 'docId' | 'storyIds'> {
  if (scope === 'library') return {};
  if (scope === 'selection') return { docId, storyIds: checked };
  return { docId };
}
