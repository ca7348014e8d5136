// How close a split is to the expected one, in the terms the splitter is judged by:
// story boundaries (an exact (startLine, endLine) pair is a hit), headline / subheadline /
// byline exactly as printed, and repaired paragraphs exactly as printed. Pure: data in, numbers out.

export interface ScoredStory {
  headline: string | null;
  subheadline?: string | null;
  byline: string | null;
  paragraphs: readonly string[];
  startLine: number;
  endLine: number;
}

/** Raw counts for one page; add pages up with `sumCounts`, turn them into rates with `rates`. */
export interface ScoreCounts {
  expected: number;
  actual: number;
  /** Stories whose (startLine, endLine) pair is in both splits. */
  matched: number;
  /** Expected stories whose field equals the field of the actual story starting on the same line (a story started elsewhere is a miss). */
  headlineExact: number;
  subheadlineExact: number;
  bylineExact: number;
  /** Over matched stories: expected paragraphs found verbatim in the actual story (each used once)… */
  paragraphsExact: number;
  /** …out of the larger of the two paragraph counts, so a paragraph cut in two or glued to another costs. */
  paragraphsTotal: number;
}

export interface ScoreRates {
  precision: number;
  recall: number;
  f1: number;
  headline: number;
  subheadline: number;
  byline: number;
  paragraphs: number;
}

const zero: ScoreCounts = {
  expected: 0,
  actual: 0,
  matched: 0,
  headlineExact: 0,
  subheadlineExact: 0,
  bylineExact: 0,
  paragraphsExact: 0,
  paragraphsTotal: 0,
};

function commonParagraphs(expected: readonly string[], actual: readonly string[]): number {
  const left = new Map<string, number>();
  for (const p of actual) left.set(p, (left.get(p) ?? 0) + 1);
  let n = 0;
  for (const p of expected) {
    const k = left.get(p) ?? 0;
    if (k > 0) {
      n++;
      left.set(p, k - 1);
    }
  }
  return n;
}

export function scorePage(expected: readonly ScoredStory[], actual: readonly ScoredStory[]): ScoreCounts {
  const byRange = new Map<string, ScoredStory>();
  const byStart = new Map<number, ScoredStory>();
  for (const a of actual) {
    byRange.set(`${a.startLine}:${a.endLine}`, a);
    byStart.set(a.startLine, a);
  }
  const c: ScoreCounts = { ...zero, expected: expected.length, actual: actual.length };
  for (const e of expected) {
    const same = byStart.get(e.startLine);
    if (same) {
      if (same.headline === e.headline) c.headlineExact++;
      if ((same.subheadline ?? null) === (e.subheadline ?? null)) c.subheadlineExact++;
      if (same.byline === e.byline) c.bylineExact++;
    }
    const a = byRange.get(`${e.startLine}:${e.endLine}`);
    if (!a) continue;
    c.matched++;
    c.paragraphsExact += commonParagraphs(e.paragraphs, a.paragraphs);
    c.paragraphsTotal += Math.max(e.paragraphs.length, a.paragraphs.length);
  }
  return c;
}

export function sumCounts(all: readonly ScoreCounts[]): ScoreCounts {
  const total = { ...zero };
  for (const c of all) for (const k of Object.keys(total) as Array<keyof ScoreCounts>) total[k] += c[k];
  return total;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function rates(c: ScoreCounts): ScoreRates {
  const precision = ratio(c.matched, c.actual);
  const recall = ratio(c.matched, c.expected);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    headline: ratio(c.headlineExact, c.expected),
    subheadline: ratio(c.subheadlineExact, c.expected),
    byline: ratio(c.bylineExact, c.expected),
    paragraphs: ratio(c.paragraphsExact, c.paragraphsTotal),
  };
}

/** One line of numbers for a log. */
export function formatRates(r: ScoreRates): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  return `P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  head ${pct(r.headline)}  sub ${pct(r.subheadline)}  byline ${pct(r.byline)}  paras ${pct(r.paragraphs)}`;
}
