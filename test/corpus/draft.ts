// A story being rendered: its rows (lines or gaps) and the expected fields, before it is placed
// on a page and gets line numbers. Column breaks are made here, because only the renderer knows
// where a paragraph may be cut without changing how it reads.
import type { Rng } from './prng';
import type { ExpectedStory, LineLabel, StoryLayout } from './types';

export interface Row {
  text: string;
  label: LineLabel;
  continues: boolean;
}
/** A blank line inside a story. */
export const GAP = 'gap' as const;
export type DraftRow = Row | typeof GAP;

export interface StoryDraft {
  rows: DraftRow[];
  expected: Omit<ExpectedStory, 'startLine' | 'endLine'>;
  layout: StoryLayout;
}

export const row = (text: string, label: LineLabel): Row => ({ text, label, continues: false });

const ZH_BEFORE_CUT = /[\u4e00-\u9fff0-9A-Za-z，,、]/;
const ZH_AFTER_CUT = /[\u4e00-\u9fff0-9A-Za-z]/;
const EN_BEFORE_CUT = /[A-Za-z0-9,]/;
const EN_AFTER_CUT = /[A-Za-z0-9$]/;

/**
 * Positions where a column break may fall: the text before must not end a sentence (so the
 * break reads as a break, not as a paragraph end) and the text after must continue it.
 * For English the index is that of the space, which the break replaces.
 */
export function cutPoints(text: string, lang: 'zh' | 'en', minIndex: number): number[] {
  const out: number[] = [];
  if (lang === 'zh') {
    const lo = Math.max(minIndex, 12);
    for (let i = lo; i <= text.length - 4; i++) {
      if (ZH_BEFORE_CUT.test(text[i - 1]!) && ZH_AFTER_CUT.test(text[i]!)) out.push(i);
    }
  } else {
    const lo = Math.max(minIndex, 40);
    for (let i = lo; i <= text.length - 4; i++) {
      if (text[i] === ' ' && EN_BEFORE_CUT.test(text[i - 1]!) && EN_AFTER_CUT.test(text[i + 1]!)) out.push(i);
    }
  }
  return out;
}

/** Rows for one printed paragraph, cut by a column break at `cut` when given. */
export function paragraphRows(text: string, label: LineLabel, lang: 'zh' | 'en', cut: number | null): DraftRow[] {
  if (cut === null) return [row(text, label)];
  const first = text.slice(0, cut);
  const second = lang === 'zh' ? text.slice(cut) : text.slice(cut + 1);
  return [row(first, label), GAP, { text: second, label, continues: true }];
}

export interface ParaSpec {
  text: string;
  label: LineLabel;
  /** Characters at the start that a break must not fall into (a lead's dateline and credit). */
  protect: number;
  breakable: boolean;
}

/**
 * Lay out a story's paragraphs with a gap between each, choosing 0–3 column breaks among the
 * breakable ones; returns the rows and how many breaks were made.
 */
export function layParagraphs(paras: readonly ParaSpec[], lang: 'zh' | 'en', rng: Rng, maxBreaks: number): { rows: DraftRow[]; breaks: number } {
  const minLen = lang === 'zh' ? 30 : 90;
  const want = Math.min(maxBreaks, rng.weighted<number>([[0, 2], [1, 4], [2, 3], [3, 1]]));
  const eligible = paras.map((p, i) => ({ p, i })).filter(({ p }) => p.breakable && p.text.length >= minLen);
  const chosen = new Map<number, number>();
  for (const { p, i } of rng.shuffle(eligible)) {
    if (chosen.size >= want) break;
    const points = cutPoints(p.text, lang, p.protect);
    if (points.length > 0) chosen.set(i, rng.pick(points));
  }
  const rows: DraftRow[] = [];
  paras.forEach((p, i) => {
    if (i > 0) rows.push(GAP);
    rows.push(...paragraphRows(p.text, p.label, lang, chosen.get(i) ?? null));
  });
  return { rows, breaks: chosen.size };
}
