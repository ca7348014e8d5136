import type { Fields, Story } from '../model';

// In printed order; kicker and deck are apart, so moving text from one to the other is a change.
const fieldNames = ['kicker', 'headline', 'deck', 'byline', 'dateline'] as const;

/** The approved content in a canonical form: what an approval hash is taken over. */
export function canonicalContent(story: Pick<Story, 'kind' | 'edited' | 'tags'>): string {
  const e = story.edited;
  const tags = [...story.tags].map((t) => `${t.type}:${t.value}`).sort();
  return JSON.stringify([
    story.kind,
    fieldNames.map((k) => e[k]),
    e.paragraphs,
    e.subheads.map((s) => [s.beforeParagraph, s.text]),
    tags,
  ]);
}

export function fieldsEqual(a: Fields, b: Fields): boolean {
  return canonicalContent({ kind: 'article', edited: a, tags: [] }) === canonicalContent({ kind: 'article', edited: b, tags: [] });
}

/** Field-by-field differences, for the history panel and the audit trail. */
export function changedFields(before: Fields, after: Fields): Array<{ field: string; before: string; after: string }> {
  const out: Array<{ field: string; before: string; after: string }> = [];
  for (const k of fieldNames) {
    if (before[k] !== after[k]) out.push({ field: k, before: before[k] ?? '', after: after[k] ?? '' });
  }
  const n = Math.max(before.paragraphs.length, after.paragraphs.length);
  for (let i = 0; i < n; i++) {
    const b = before.paragraphs[i];
    const a = after.paragraphs[i];
    if (b !== a) out.push({ field: `paragraph ${i + 1}`, before: b ?? '', after: a ?? '' });
  }
  const sb = before.subheads.map((s) => s.text).join('\n');
  const sa = after.subheads.map((s) => s.text).join('\n');
  if (sb !== sa) out.push({ field: 'subheads', before: sb, after: sa });
  return out;
}
