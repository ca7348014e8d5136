// When the split changes (split, merge, boundary move), the stories are re-read from the
// original and the editor's corrections are carried over as patches. diff-match-patch's fuzzy
// patching is the tool made for this: each correction is re-applied where its context still
// matches; one that matches nowhere is reported back, never dropped silently.
import DiffMatchPatch from 'diff-match-patch';
import type { Fields, Story, Tag } from '../model';

const scalarFields = ['headline', 'subheadline', 'byline', 'dateline'] as const;

function makeDmp(): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  dmp.Match_Threshold = 0.1; // nearly exact context only: a correction must not land somewhere similar
  dmp.Match_Distance = 1_000_000; // the story's offsets moved, so position barely matters
  dmp.Patch_Margin = 12; // more context than the default 4: CJK text repeats short phrases
  return dmp;
}

const bodyOf = (f: Fields) => f.paragraphs.join('\n');

function overlaps(a: Story, b: Story): boolean {
  return a.startLine <= b.endLine && b.startLine <= a.endLine;
}

function mergeTags(into: Tag[], from: Tag[]): Tag[] {
  const seen = new Set(into.map((t) => `${t.type}:${t.value}`));
  return [...into, ...from.filter((t) => !seen.has(`${t.type}:${t.value}`))];
}

export interface CarryResult {
  stories: Story[];
  conflicts: string[];
}

/** Re-applies the corrections of `previous` stories to `fresh` stories read from the same original. */
export function carryCorrections(previous: readonly Story[], fresh: readonly Story[]): CarryResult {
  const dmp = makeDmp();
  const out = fresh.map((s) => ({ ...s, edited: { ...s.edited, paragraphs: [...s.edited.paragraphs] } }));
  const touched = new Set<number>();
  const conflicts: string[] = [];

  for (const old of previous) {
    const nearby = out.map((s, i) => ({ s, i })).sort((x, y) => Number(overlaps(y.s, old)) - Number(overlaps(x.s, old)));
    for (const { s, i } of nearby) if (overlaps(s, old)) out[i] = { ...s, tags: mergeTags(s.tags, old.tags) };

    for (const k of scalarFields) {
      const before = old.original[k];
      const after = old.edited[k];
      if (before === after) continue;
      // The field travels with the story that still reads the same original value, or, for a
      // value the editor added, with the story that now starts where the old one started.
      const target =
        before !== null
          ? nearby.find(({ s }) => s.original[k] === before)
          : nearby.find(({ s }) => s.startLine <= old.startLine && old.startLine <= s.endLine && s.edited[k] === null);
      if (target) {
        out[target.i] = { ...out[target.i]!, edited: { ...out[target.i]!.edited, [k]: after } };
        touched.add(target.i);
      } else {
        conflicts.push(`${k}: “${before ?? ''}” → “${after ?? ''}”`);
      }
    }

    const oldSubheads = new Map(old.original.subheads.map((s, n) => [s.text, old.edited.subheads[n]?.text]));
    for (const [from, to] of oldSubheads) {
      if (to === undefined || to === from) continue;
      const target = nearby.find(({ s }) => s.edited.subheads.some((h) => h.text === from));
      if (!target) {
        conflicts.push(`subhead: “${from}” → “${to}”`);
        continue;
      }
      const t = out[target.i]!;
      out[target.i] = { ...t, edited: { ...t.edited, subheads: t.edited.subheads.map((h) => (h.text === from ? { ...h, text: to } : h)) } };
      touched.add(target.i);
    }

    const before = bodyOf(old.original);
    const after = bodyOf(old.edited);
    if (before === after) continue;
    for (const patch of dmp.patch_make(before, after)) {
      let applied = false;
      for (const { i } of nearby) {
        const story = out[i]!;
        const [text, results] = dmp.patch_apply([patch], bodyOf(story.edited));
        if (results[0]) {
          out[i] = { ...story, edited: { ...story.edited, paragraphs: text.split('\n') } };
          touched.add(i);
          applied = true;
          break;
        }
      }
      if (!applied) conflicts.push(`text: ${decodeURI(patch.toString()).trim()}`);
    }
  }

  // A story whose text now differs from its original is under review, whatever it was before.
  const stories = out.map((s, i) => (touched.has(i) ? { ...s, status: 'in_review' as const, approval: null } : s));
  return { stories, conflicts };
}
