// Approval rules: a headline, no unresolved blocking proofreading findings, and a hash of what was approved.
import { createHash } from 'node:crypto';
import { GalleyError } from '../../shared/errors';
import type { Settings, Story } from '../../shared/model';
import { proofread } from '../../shared/proof';
import { canonicalContent } from '../../shared/story-ops/content';
import { wordFrequencies } from './word-frequencies';

export function contentHash(story: Pick<Story, 'kind' | 'edited' | 'tags'>): string {
  return createHash('sha256').update(canonicalContent(story)).digest('hex');
}

export function blockingFindings(story: Story, settings: Settings): number {
  if (settings.blockingRules.length === 0) return 0;
  const blocking = new Set(settings.blockingRules);
  const e = story.edited;
  const text = [e.kicker, e.headline, e.deck, ...e.paragraphs].filter((t): t is string => !!t).join('\n');
  return proofread(text, { dictionary: settings.dictionary, ignoredRules: settings.ignoredRules, words: wordFrequencies() }).filter((s) => blocking.has(s.rule)).length;
}

export function approve(story: Story, settings: Settings, by: string, at: string): Story {
  if (!story.edited.headline?.trim()) throw new GalleyError('approve_needs_headline');
  if (story.conflicts.length > 0) throw new GalleyError('approve_conflicts', String(story.conflicts.length));
  const n = blockingFindings(story, settings);
  if (n > 0) throw new GalleyError('approve_blocked', String(n));
  return { ...story, status: 'approved', approval: { by, at, hash: contentHash(story) }, rejection: null };
}

export function reject(story: Story, reason: string | undefined, by: string, at: string): Story {
  if (!reason?.trim()) throw new GalleyError('reject_needs_reason');
  return { ...story, status: 'rejected', rejection: { by, at, reason: reason.trim() }, approval: null };
}

/** Exportable means approved and unchanged since: the hash is checked, not just the status. */
export function isExportable(story: Story): boolean {
  return story.kind !== 'nonstory' && story.status === 'approved' && !!story.approval && story.approval.hash === contentHash(story);
}
