// Two stacked heading lines from the generated corpus, labelled with which one is the title:
// the training data for telling kicker-over-title from title-over-deck (scripts/train-split.ts).
import { generatePages } from './generate';
import { HEADINGS_DECK } from './parts/headings-deck';
import { HEADINGS_KICKER } from './parts/headings-kicker';
import { hash32 } from './prng';
import type { InventedHeading, Split } from './types';

export interface HeadingPair {
  /** The line printed first. */
  upper: string;
  /** The line printed under it. */
  lower: string;
  /** The opening of the story's text under the heading. */
  lead: string;
  /** 1: the upper line is the title (title over deck); 0: kicker over title. */
  y: 0 | 1;
  /** The invented article it comes from, so cross-validation can hold whole articles out. */
  article: string;
}

/** Share of the invented heads held out for test. */
export const HEADING_TEST_SHARE = 0.3;

/** The invented heads (parts/headings-*.ts), kicker over title and title over deck. */
export function inventedHeadings(): InventedHeading[] {
  return [...HEADINGS_KICKER, ...HEADINGS_DECK];
}

/** Which split an invented head belongs to: a stable hash of its id alone, so adding heads moves none. */
export function headingSplitOf(id: string): Split {
  return hash32(`heading-pair:${id}`) % 1000 < HEADING_TEST_SHARE * 1000 ? 'test' : 'dev';
}

/** A deck printed after a dash (`——…`) is recognised by a rule before the model is asked. */
export function dashDeck(lower: string): boolean {
  return /^[\s\u3000]*[—–―-]/.test(lower);
}

/**
 * Every Chinese story of the split whose heads are two stacked lines (kicker/title or title/deck),
 * then the invented heads of the split; pairs whose lower line starts with a dash are left out.
 */
export function headingPairs(split: Split): HeadingPair[] {
  const out: HeadingPair[] = [];
  // An article printed on several pages with the same heads is one example, not several.
  const seen = new Set<string>();
  const add = (p: HeadingPair) => {
    if (dashDeck(p.lower)) return;
    const key = `${p.upper}\n${p.lower}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  for (const page of generatePages(split)) {
    if (page.style.startsWith('en-')) continue;
    page.expected.stories.forEach((s, i) => {
      const heads = page.layouts[i]?.heads;
      const article = page.articleIds[i] ?? `${page.id}#${i}`;
      const lead = s.paragraphs[0] ?? '';
      if (!s.headline) return;
      if ((heads === 'kicker-above' || heads === 'kicker-above-gap' || heads === 'kicker-title-deck') && s.kicker) {
        add({ upper: s.kicker, lower: s.headline, lead, y: 0, article });
      } else if ((heads === 'title-deck' || heads === 'title-deck-gap') && s.deck) {
        add({ upper: s.headline, lower: s.deck, lead, y: 1, article });
      }
    });
  }
  for (const h of inventedHeadings()) {
    if (headingSplitOf(h.id) !== split) continue;
    add({ upper: h.upper, lower: h.lower, lead: h.lead, y: h.y, article: h.id });
  }
  return out;
}
