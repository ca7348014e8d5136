// Fixing the split by hand: each function returns the splice that one operation applies.
import { GalleyError } from '../errors';
import type { Story, StoryKind, StorySplice } from '../model';
import { readStory } from '../segment';
import { carryCorrections } from './carry';
import { storyFromSegment } from './story-factory';

export interface Restructured {
  splice: StorySplice;
  conflicts: string[];
}

function indexOf(stories: readonly Story[], storyId: string): number {
  const i = stories.findIndex((s) => s.id === storyId);
  if (i < 0) throw new GalleyError('not_found');
  return i;
}

function hasText(lines: readonly string[], from: number, to: number): boolean {
  for (let n = from; n <= to; n++) if ((lines[n - 1] ?? '').trim() !== '') return true;
  return false;
}

function reread(text: string, previous: Story[], ranges: Array<{ id: string; start: number; end: number }>): Restructured {
  const fresh = ranges.map((r) => {
    // The lines the editor assigned a field by hand keep their roles in whichever story now holds them.
    const lineRoles = previous.flatMap((p) => p.lineRoles ?? []).filter((o) => o.line >= r.start && o.line <= r.end);
    lineRoles.sort((a, b) => a.line - b.line);
    const seg = readStory(text, r.start, r.end, lineRoles);
    const keep = previous.find((p) => p.id === r.id);
    const read = storyFromSegment(seg, r.id);
    const story = lineRoles.length ? { ...read, lineRoles } : read;
    // A story keeps its kind when the editor had set one; otherwise the reader's guess stands.
    return keep ? { ...story, kind: keep.kind } : story;
  });
  const { stories, conflicts } = carryCorrections(previous, fresh);
  return { splice: { at: 0, remove: previous, insert: stories }, conflicts };
}

/** Splits a story so that `atLine` (1-based) starts a new story. */
export function splitStory(text: string, stories: readonly Story[], storyId: string, atLine: number, newId: string): Restructured {
  const i = indexOf(stories, storyId);
  const s = stories[i]!;
  const lines = text.split('\n');
  if (atLine <= s.startLine || atLine > s.endLine || !hasText(lines, s.startLine, atLine - 1) || !hasText(lines, atLine, s.endLine)) {
    throw new GalleyError('invalid_split');
  }
  const r = reread(text, [s], [
    { id: s.id, start: s.startLine, end: atLine - 1 },
    { id: newId, start: atLine, end: s.endLine },
  ]);
  return { ...r, splice: { ...r.splice, at: i } };
}

/** Merges a story with the one after it. */
export function mergeWithNext(text: string, stories: readonly Story[], storyId: string): Restructured {
  const i = indexOf(stories, storyId);
  const a = stories[i]!;
  const b = stories[i + 1];
  if (!b) throw new GalleyError('invalid_merge');
  const r = reread(text, [a, b], [{ id: a.id, start: a.startLine, end: b.endLine }]);
  return { ...r, splice: { ...r.splice, at: i } };
}

/** Moves the boundary between a story and the next so that the next starts at `nextStartLine`. */
export function moveBoundary(text: string, stories: readonly Story[], storyId: string, nextStartLine: number): Restructured {
  const i = indexOf(stories, storyId);
  const a = stories[i]!;
  const b = stories[i + 1];
  if (!b) throw new GalleyError('invalid_boundary');
  const lines = text.split('\n');
  if (
    nextStartLine <= a.startLine ||
    nextStartLine > b.endLine ||
    nextStartLine === b.startLine ||
    !hasText(lines, a.startLine, nextStartLine - 1) ||
    !hasText(lines, nextStartLine, b.endLine)
  ) {
    throw new GalleyError('invalid_boundary');
  }
  const r = reread(text, [a, b], [
    { id: a.id, start: a.startLine, end: nextStartLine - 1 },
    { id: b.id, start: nextStartLine, end: b.endLine },
  ]);
  return { ...r, splice: { ...r.splice, at: i } };
}

/** The line that starts the next non-blank run after `line`, for "move boundary down/up by one line". */
export function nextTextLine(text: string, line: number, direction: 1 | -1): number | null {
  const lines = text.split('\n');
  for (let n = line + direction; n >= 1 && n <= lines.length; n += direction) {
    if ((lines[n - 1] ?? '').trim() !== '') return n;
  }
  return null;
}

export function setKind(stories: readonly Story[], storyId: string, kind: StoryKind): StorySplice {
  const i = indexOf(stories, storyId);
  const s = stories[i]!;
  const next: Story = s.status === 'approved' ? { ...s, kind, status: 'in_review' } : { ...s, kind };
  return { at: i, remove: [s], insert: [next] };
}
