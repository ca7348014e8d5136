// Edits to a story's fields and tags. Any change to approved content sends the story back to review.
import { GalleyError } from '../errors';
import type { Fields, Story, Tag } from '../model';
import { canonicalContent } from './content';

export type FieldsPatch = Partial<Fields>;

function afterChange(before: Story, after: Story): Story {
  if (canonicalContent(before) === canonicalContent(after)) return after;
  if (after.status === 'approved' || after.status === 'new' || after.status === 'rejected') {
    return { ...after, status: 'in_review' };
  }
  return after;
}

export function editFields(story: Story, patch: FieldsPatch): Story {
  const edited: Fields = { ...story.edited, ...patch };
  const normalised: Fields = {
    ...edited,
    headline: blankToNull(edited.headline),
    subheadline: blankToNull(edited.subheadline),
    byline: blankToNull(edited.byline),
    dateline: blankToNull(edited.dateline),
  };
  return afterChange(story, { ...story, edited: normalised });
}

function blankToNull(v: string | null): string | null {
  return v === null || v.trim() === '' ? null : v;
}

const tagKey = (t: Tag) => `${t.type}:${t.value}`;

export function changeTags(story: Story, add: readonly Tag[], remove: readonly Tag[]): Story {
  const removeKeys = new Set(remove.map(tagKey));
  const kept = story.tags.filter((t) => !removeKeys.has(tagKey(t)));
  const keys = new Set(kept.map(tagKey));
  const added = add.filter((t) => !keys.has(tagKey(t)) && keys.add(tagKey(t)));
  return afterChange(story, { ...story, tags: [...kept, ...added] });
}

export function compileFind(find: string, regex: boolean): RegExp {
  try {
    return new RegExp(regex ? find : find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
  } catch {
    throw new GalleyError('invalid_regex');
  }
}

/** Replaces every match in a story's edited text; returns the story and how many were replaced. */
export function replaceInStory(story: Story, pattern: RegExp, replacement: string, regex: boolean): { story: Story; count: number } {
  let count = 0;
  const rep = (s: string) =>
    s.replace(pattern, (...m) => {
      if (m[0] === '') return m[0] as string;
      count++;
      // Plain mode inserts the replacement literally; regex mode expands $1 etc. like String.replace.
      return regex ? (m[0] as string).replace(new RegExp(pattern.source, pattern.flags.replace('g', '')), replacement) : replacement;
    });
  const repN = (s: string | null) => (s === null ? null : rep(s));
  const e = story.edited;
  const edited: Fields = {
    headline: repN(e.headline),
    subheadline: repN(e.subheadline),
    byline: repN(e.byline),
    dateline: repN(e.dateline),
    paragraphs: e.paragraphs.map(rep),
    subheads: e.subheads.map((h) => ({ ...h, text: rep(h.text) })),
  };
  return { story: count ? afterChange(story, { ...story, edited }) : story, count };
}

/** Counts matches without changing anything (the preview before a replace-all). */
export function countMatches(story: Story, pattern: RegExp): number {
  const e = story.edited;
  const texts = [e.headline, e.subheadline, e.byline, e.dateline, ...e.paragraphs, ...e.subheads.map((h) => h.text)];
  let n = 0;
  for (const t of texts) if (t) for (const m of t.matchAll(pattern)) if (m[0] !== '') n++;
  return n;
}
