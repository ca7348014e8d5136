// Edits to a story's fields and tags. Any change to approved content sends the story back to review.
import type { Fields, Story, Tag } from '../model';
import { canonicalContent } from './content';
import { checkSearchWork, matchesIn, type FindPattern } from './find-pattern';
import { replacementFor, usesGroups } from './replacement';

export { compileFind } from './find-pattern';

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
    kicker: blankToNull(edited.kicker),
    headline: blankToNull(edited.headline),
    deck: blankToNull(edited.deck),
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

/** The texts find-and-replace searches, in the order the preview lists them. */
function searchedTexts(f: Fields): string[] {
  const texts = [f.kicker, f.headline, f.deck, f.byline, f.dateline, ...f.paragraphs, ...f.subheads.map((h) => h.text)];
  return texts.filter((t): t is string => t !== null && t !== '');
}

/** Refuses, before anything changes, a search that would take too long over these stories. */
export function checkSearchCost(pattern: FindPattern, stories: readonly Story[]): void {
  let chars = 0;
  for (const s of stories) for (const t of searchedTexts(s.edited)) chars += t.length;
  checkSearchWork(pattern, chars);
}

/** Replaces every non-empty match in a story's edited text; returns the story and how many were replaced. */
export function replaceInStory(story: Story, pattern: FindPattern, replacement: string): { story: Story; count: number } {
  let count = 0;
  const withGroups = pattern.regex && usesGroups(replacement);
  const rep = (s: string) => {
    let out = '';
    let last = 0;
    for (const m of matchesIn(pattern, s, withGroups)) {
      count++;
      out += s.slice(last, m.index) + replacementFor(replacement, m, pattern.regex);
      last = m.index + m.text.length;
    }
    return last === 0 ? s : out + s.slice(last);
  };
  const repN = (s: string | null) => (s === null ? null : rep(s));
  const e = story.edited;
  const edited: Fields = {
    kicker: repN(e.kicker),
    headline: repN(e.headline),
    deck: repN(e.deck),
    byline: repN(e.byline),
    dateline: repN(e.dateline),
    paragraphs: e.paragraphs.map(rep),
    subheads: e.subheads.map((h) => ({ ...h, text: rep(h.text) })),
  };
  return { story: count ? afterChange(story, { ...story, edited }) : story, count };
}

/** Counts matches without changing anything (the preview before a replace-all). */
export function countMatches(story: Story, pattern: FindPattern): number {
  let n = 0;
  for (const t of searchedTexts(story.edited)) for (const _ of matchesIn(pattern, t, false)) n++;
  return n;
}
