// Two stacked heading lines from the generated corpus, labelled with which one is the title:
// the training data for telling kicker-over-title from title-over-deck (scripts/train-split.ts).
import { generatePages } from './generate';
import type { Split } from './types';

export interface HeadingPair {
  /** The line printed first. */
  upper: string;
  /** The line printed under it. */
  lower: string;
  /** The opening of the story's text under the heading. */
  lead: string;
  /** 1: the upper line is the title (title over deck); 0: kicker over title. */
  y: 0 | 1;
}

/** Every Chinese story of the split whose heads are two stacked lines (kicker/title or title/deck). */
export function headingPairs(split: Split): HeadingPair[] {
  const out: HeadingPair[] = [];
  for (const page of generatePages(split)) {
    if (page.style.startsWith('en-')) continue;
    page.expected.stories.forEach((s, i) => {
      const heads = page.layouts[i]?.heads;
      const lead = s.paragraphs[0] ?? '';
      if (!s.headline) return;
      if ((heads === 'kicker-above' || heads === 'kicker-above-gap' || heads === 'kicker-title-deck') && s.kicker) {
        out.push({ upper: s.kicker, lower: s.headline, lead, y: 0 });
      } else if ((heads === 'title-deck' || heads === 'title-deck-gap') && s.deck) {
        out.push({ upper: s.headline, lower: s.deck, lead, y: 1 });
      }
    });
  }
  return out;
}
