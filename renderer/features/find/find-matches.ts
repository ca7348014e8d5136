// The preview before a replace-all: every match with some context and what it would become.
// Walks the same fields, in the same way, as the service's replaceInStory / countMatches.
import type { Story } from '../../../shared/model';
import { expandMatch } from '../../../shared/story-ops/edit';

export type MatchField = 'headline' | 'subheadline' | 'byline' | 'dateline' | 'paragraph' | 'subhead';

export interface FindMatch {
  storyId: string;
  /** 1-based position of the story in the document. */
  storyNumber: number;
  field: MatchField;
  /** Paragraph or subhead index for those fields. */
  index: number;
  before: string;
  match: string;
  after: string;
  replacement: string;
}

function fieldTexts(story: Story): Array<{ field: MatchField; index: number; text: string }> {
  const e = story.edited;
  const out: Array<{ field: MatchField; index: number; text: string }> = [];
  for (const field of ['headline', 'subheadline', 'byline', 'dateline'] as const) {
    const v = e[field];
    if (v) out.push({ field, index: 0, text: v });
  }
  e.paragraphs.forEach((text, index) => out.push({ field: 'paragraph', index, text }));
  e.subheads.forEach((h, index) => out.push({ field: 'subhead', index, text: h.text }));
  return out;
}

/** What one match becomes: the literal replacement, or in regex mode with $1 etc. expanded. */
/** What one match becomes: the same expansion the service's replace-all uses, context included. */
export function replacementFor(match: RegExpMatchArray, replace: string, regex: boolean): string {
  return regex ? expandMatch(replace, match) : replace;
}

export function findMatches(
  stories: readonly Story[],
  storyIds: ReadonlySet<string>,
  pattern: RegExp,
  replace: string,
  regex: boolean,
  context = 12,
): FindMatch[] {
  const out: FindMatch[] = [];
  stories.forEach((story, i) => {
    if (!storyIds.has(story.id)) return;
    for (const { field, index, text } of fieldTexts(story)) {
      for (const m of text.matchAll(pattern)) {
        if (m[0] === '') continue;
        const at = m.index;
        out.push({
          storyId: story.id,
          storyNumber: i + 1,
          field,
          index,
          before: text.slice(Math.max(0, at - context), at),
          match: m[0],
          after: text.slice(at + m[0].length, at + m[0].length + context),
          replacement: replacementFor(m, replace, regex),
        });
      }
    }
  });
  return out;
}
