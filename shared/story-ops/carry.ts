// When the split changes (split, merge, boundary move), the stories are re-read from the
// original and the editor's corrections are carried over as patches. diff-match-patch's fuzzy
// patching is the tool made for this: each correction is re-applied where its context still
// matches; one that matches nowhere is reported on the story, never dropped silently.
import DiffMatchPatch from 'diff-match-patch';
import type { Story, Tag } from '../model';
import { parseBody, serializeBody } from './body-text';

const scalarFields = ['kicker', 'headline', 'deck', 'byline', 'dateline'] as const;

function makeDmp(): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  dmp.Match_Threshold = 0.1; // nearly exact context only: a correction must not land somewhere similar
  dmp.Match_Distance = 1_000_000; // the story's offsets moved, so position barely matters
  dmp.Patch_Margin = 12; // more context than the default 4: CJK text repeats short phrases
  return dmp;
}

function overlaps(a: Story, b: Story): boolean {
  return a.startLine <= b.endLine && b.startLine <= a.endLine;
}

function mergeTags(into: Tag[], from: Tag[]): Tag[] {
  const seen = new Set(into.map((t) => `${t.type}:${t.value}`));
  return [...into, ...from.filter((t) => !seen.has(`${t.type}:${t.value}`))];
}

export interface CarryResult {
  stories: Story[];
  /** Every correction that could not be re-applied in this re-split (also attached to its story). */
  conflicts: string[];
}

/** Re-applies the corrections of `previous` stories to `fresh` stories read from the same original. */
export function carryCorrections(previous: readonly Story[], fresh: readonly Story[]): CarryResult {
  const dmp = makeDmp();
  const out = fresh.map((s) => ({ ...s }));
  const touched = new Set<number>();
  const reviewed = new Set<number>();
  const conflicts: string[] = [];

  for (const old of previous) {
    // Candidates in order of preference: the story that kept the old one's id, then the ones
    // overlapping its old range, then the rest.
    const rank = (s: Story) => (s.id === old.id ? 2 : overlaps(s, old) ? 1 : 0);
    const nearby = out.map((s, i) => ({ s, i })).sort((x, y) => rank(y.s) - rank(x.s));
    const home = nearby[0]!.i;
    const lost: string[] = [];

    for (const { s, i } of nearby) {
      if (!overlaps(s, old) && s.id !== old.id) continue;
      out[i] = { ...out[i]!, tags: mergeTags(out[i]!.tags, old.tags) };
      if (old.status !== 'new') reviewed.add(i);
    }

    for (const k of scalarFields) {
      const before = old.original[k];
      const after = old.edited[k];
      if (before === after) continue;
      // A corrected field travels with the story that still reads the same original value; a
      // value the editor added travels only with the story that kept the old story's id.
      const target =
        before !== null
          ? nearby.find(({ i }) => out[i]!.original[k] === before)
          : nearby.find(({ i }) => out[i]!.id === old.id && out[i]!.edited[k] === null);
      if (target) {
        out[target.i] = { ...out[target.i]!, edited: { ...out[target.i]!.edited, [k]: after } };
        touched.add(target.i);
      } else {
        lost.push(`${k}: “${before ?? ''}” → “${after ?? ''}”`);
      }
    }

    const before = serializeBody(old.original);
    const after = serializeBody(old.edited);
    if (before !== after) {
      for (const patch of dmp.patch_make(before, after)) {
        const landed = nearby.find(({ i }) => {
          const story = out[i]!;
          const [text, results] = dmp.patch_apply([patch], serializeBody(story.edited));
          if (!results[0]) return false;
          out[i] = { ...story, edited: { ...story.edited, ...parseBody(text) } };
          touched.add(i);
          return true;
        });
        if (!landed) lost.push(`text: ${decodeURI(patch.toString()).replace(/\uE000/g, '§').trim()}`);
      }
    }

    // Unresolved conflicts of the old story, and the new ones, stay with its successor.
    const carried = [...old.conflicts, ...lost];
    if (carried.length) out[home] = { ...out[home]!, conflicts: [...out[home]!.conflicts, ...carried] };
    conflicts.push(...lost);
  }

  // A re-read story whose text differs from its original, or that had been reviewed, is under
  // review again: its range changed, so an earlier approval or rejection no longer describes it.
  const stories = out.map((s, i) =>
    touched.has(i) || reviewed.has(i) ? { ...s, status: 'in_review' as const, approval: null, rejection: null } : s,
  );
  return { stories, conflicts };
}
