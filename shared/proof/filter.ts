// What the editor asked not to see (ignored rules, ignored words, dictionary words), and one
// finding per span: when two rules flag overlapping text the more specific one speaks.
import type { ProofOptions, Suggestion } from './types';

// Most specific first: '，，' is a doubled mark before it is two half-width commas.
const PRIORITY = [
  'punct.doubled',
  'punct.ellipsis',
  'punct.dash',
  'punct.line-start',
  'punct.straight-quote',
  'punct.nested-quote',
  'punct.unbalanced',
  'punct.halfwidth',
  'repeat.char',
  'number.fullwidth-digit',
  'number.two-digit-year',
  'number.mixed',
  'number.inconsistent',
  'space.cjk',
  'width.fullwidth-letter',
  'en.straight-quote',
  'en.repeated-word',
  'en.double-space',
];
const rank = new Map(PRIORITY.map((id, i) => [id, i]));

export function dropOverlaps(list: Suggestion[]): Suggestion[] {
  list.sort((a, b) => a.start - b.start || (rank.get(a.rule) ?? 99) - (rank.get(b.rule) ?? 99) || b.end - a.end);
  const kept: Suggestion[] = [];
  let reach = -1;
  for (const s of list) {
    if (s.start < reach) continue;
    kept.push(s);
    reach = Math.max(reach, s.end);
  }
  return kept;
}

function occurrences(text: string, words: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) spans.push([i, i + w.length]);
  }
  return spans;
}

/**
 * Whether a span lies wholly inside one of `spans`. Spans are sorted by start with the furthest
 * end reached so far, so each question is a binary search: a page with thousands of findings and
 * thousands of dictionary words would otherwise compare every pair.
 */
function containment(spans: Array<[number, number]>): (start: number, end: number) => boolean {
  spans.sort((x, y) => x[0] - y[0]);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const [, b] of spans) reach.push((furthest = Math.max(furthest, b)));
  return (start, end) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= end;
  };
}

export function applyOptions(text: string, list: Suggestion[], options: ProofOptions): Suggestion[] {
  const ignoredRules = options.ignoredRules ?? [];
  const ignoredWords = new Set(options.ignoredWords ?? []);
  const protectedSpans = occurrences(text, [...(options.dictionary ?? []), ...ignoredWords]);
  if (ignoredRules.length === 0 && protectedSpans.length === 0) return list;
  const isProtected = containment(protectedSpans);
  return list.filter((s) => {
    if (ignoredRules.some((r) => r === s.rule || r === s.category || s.rule.startsWith(r + '.'))) return false;
    if (ignoredWords.has(s.text)) return false;
    return !isProtected(s.start, s.end);
  });
}
