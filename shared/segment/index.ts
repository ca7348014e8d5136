// Page text → stories. Pure: no I/O, no clock; the same text always reads the same way.
import { subheadlineOf, type Fields, type LineRoleOverride } from '../model';
import { findStories } from './boundaries';
import { classifyLines } from './classify';
import { readWithRoles } from './overrides';
import { emptyStory, readLines, type SegmentedStory } from './story';

export type { SegmentedStory } from './story';

/** Split a whole page (LF-normalised text) into stories, in page order. */
export function segment(text: string): SegmentedStory[] {
  const lines = classifyLines(text.split('\n'));
  return findStories(lines).map((r) => readLines(lines.slice(r.from, r.to + 1), r.boundaryConfidence));
}

/**
 * Read a fixed 1-based inclusive line range as one story (after a manual split, merge or
 * boundary move). Blank lines at either end are trimmed from the reported range. `overrides`
 * are the lines the editor assigned a field by hand (overrides.ts); lines outside the range are ignored.
 */
export function readStory(text: string, startLine: number, endLine: number, overrides: readonly LineRoleOverride[] = []): SegmentedStory {
  return storyReader(text)(startLine, endLine, overrides);
}

/** readStory for many ranges of one text, splitting it into lines once. */
export function storyReader(text: string): (startLine: number, endLine: number, overrides?: readonly LineRoleOverride[]) => SegmentedStory {
  const all = text.split('\n');
  return (startLine, endLine, overrides = []) => {
    const from = Math.max(1, Math.floor(startLine));
    const to = Math.min(all.length, Math.floor(endLine));
    const lines = classifyLines(all, from - 1, to - 1);
    if (lines.length === 0) return emptyStory(from, Math.max(from, to));
    return overrides.length ? readWithRoles(lines, overrides, (rest) => readLines(rest)) : readLines(lines);
  };
}

export function toFields(s: SegmentedStory): Fields {
  return {
    kicker: s.kicker,
    headline: s.headline,
    deck: s.deck,
    byline: s.byline,
    dateline: s.dateline,
    paragraphs: [...s.paragraphs],
    subheads: s.subheads.map((h) => ({ ...h })),
  };
}

export interface CliStory {
  kind: SegmentedStory['kind'];
  headline: string | null;
  /** The kicker and deck as one value, as the split command has always printed it (see subheadlineOf). */
  subheadline: string | null;
  kicker: string | null;
  deck: string | null;
  byline: string | null;
  paragraphs: string[];
  subheads: string[];
  startLine: number;
  endLine: number;
  flags: SegmentedStory['flags'];
}

/** The shape `galley split --json` prints (keys in this order). */
export function toCliJson(stories: readonly SegmentedStory[]): { stories: CliStory[] } {
  return {
    stories: stories.map((s) => ({
      kind: s.kind,
      headline: s.headline,
      subheadline: subheadlineOf(s),
      kicker: s.kicker,
      deck: s.deck,
      byline: s.byline,
      paragraphs: s.paragraphs,
      subheads: s.subheads.map((h) => h.text),
      startLine: s.startLine,
      endLine: s.endLine,
      flags: s.flags,
    })),
  };
}
