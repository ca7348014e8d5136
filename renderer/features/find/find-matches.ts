// The preview before a replace-all: every match with some context and what it would become.
// Walks the same fields, with the same matcher and expansion, as the service's replaceInStory.
import type { Story } from '../../../shared/model';
import { checkSearchCost } from '../../../shared/story-ops/edit';
import { matchesIn, type FindPattern } from '../../../shared/story-ops/find-pattern';
import { replacementFor, usesGroups } from '../../../shared/story-ops/replacement';

export type MatchField = 'kicker' | 'headline' | 'deck' | 'byline' | 'dateline' | 'paragraph' | 'subhead';

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
  for (const field of ['kicker', 'headline', 'deck', 'byline', 'dateline'] as const) {
    const v = e[field];
    if (v) out.push({ field, index: 0, text: v });
  }
  e.paragraphs.forEach((text, index) => out.push({ field: 'paragraph', index, text }));
  e.subheads.forEach((h, index) => out.push({ field: 'subhead', index, text: h.text }));
  return out;
}

export function findMatches(
  stories: readonly Story[],
  storyIds: ReadonlySet<string>,
  pattern: FindPattern,
  replace: string,
  context = 12,
): FindMatch[] {
  const chosen = stories.map((story, i) => ({ story, number: i + 1 })).filter(({ story }) => storyIds.has(story.id));
  // The same refusal as the service's, so the preview never runs what replace-all would refuse.
  checkSearchCost(pattern, chosen.map(({ story }) => story));
  const withGroups = pattern.regex && usesGroups(replace);
  const out: FindMatch[] = [];
  for (const { story, number } of chosen) {
    for (const { field, index, text } of fieldTexts(story)) {
      for (const m of matchesIn(pattern, text, withGroups)) {
        const at = m.index;
        out.push({
          storyId: story.id,
          storyNumber: number,
          field,
          index,
          before: text.slice(Math.max(0, at - context), at),
          match: m.text,
          after: text.slice(at + m.text.length, at + m.text.length + context),
          replacement: replacementFor(replace, m, pattern.regex),
        });
      }
    }
  }
  return out;
}
