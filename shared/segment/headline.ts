// The headline block: the title, and the kicker (引题) printed before it — on the line above
// or on the same line after a space — or the deck (副题, "——…") printed under it.
import { upperIsTitle } from './heading-model';
import { charCount, isLatinText } from './text';

export interface Heading {
  headline: string | null;
  /** 引题: printed above the title, or before it on its line. */
  kicker: string | null;
  /** 副题: printed under the title (the "——…" line, or an English second line). */
  deck: string | null;
}

// A kicker sharing the title's line is a full phrase; "丽水 山路上的快递车" is one title.
const KICKER_MIN = 6;
const TITLE_MIN = 4;
// A story label set in capitals above an English title: "ANALYSIS", "NEWS ANALYSIS", "EXCLUSIVE".
const EN_LABEL = /^[A-Z][A-Z&'’-]*(?: [A-Z][A-Z&'’-]*){0,2}:?$/;
const OPENERS = '“‘《「『(（[【"';
const CLOSERS = '”’》」』)）]】"';

// "稳住外贸基本盘 跑出发展加速度": two short phrases of about the same length are one title set
// in two halves; a kicker is a longer lead-in, or the title runs on well past it.
const PARALLEL_MAX = 10;
const PARALLEL_SLACK = 2;
function parallelPhrases(left: string, right: string): boolean {
  const a = charCount(left);
  const b = charCount(right);
  return a <= PARALLEL_MAX && b <= PARALLEL_MAX && Math.abs(a - b) <= PARALLEL_SLACK;
}

/** Split "kicker title" printed on one line, at the last space outside quotes and brackets. */
export function splitSameLineKicker(line: string): [string, string] | null {
  if (isLatinText(line)) return null;
  let depth = 0;
  let best: [string, string] | null = null;
  const re = /[ \u3000]+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    for (const ch of line.slice(last, m.index)) {
      if (OPENERS.includes(ch) && ch !== '"') depth++;
      else if (CLOSERS.includes(ch) && ch !== '"') depth = Math.max(0, depth - 1);
    }
    last = m.index;
    if (depth > 0) continue;
    const left = line.slice(0, m.index);
    const right = line.slice(m.index + m[0].length);
    if (charCount(left) >= KICKER_MIN && charCount(right) >= TITLE_MIN && !parallelPhrases(left, right)) best = [left, right];
  }
  return best;
}

function joinSub(parts: ReadonlyArray<string | null>): string | null {
  const present = parts.filter((p): p is string => p !== null && p !== '');
  return present.length ? present.join(' ') : null;
}

/** A piece of the heading block in printed order: the title, or a kicker (引题, before it) or deck (副题, after it). */
export interface HeadPart {
  role: 'kicker' | 'title' | 'deck';
  text: string;
  /** Index into the heading lines the part was read from. */
  line: number;
}

/** The heading block's parts in printed order, and how sure the reading is (null: certain). */
export interface HeadingReading {
  parts: HeadPart[];
  /** The probability that the parts are in the right roles, when that was a judgement. */
  confidence: number | null;
}

/**
 * The one decision of the heading block: which of the heading lines (at most two) is the title,
 * and which are kicker or deck; a single line may carry a kicker before its title. Two Chinese
 * lines are weighed by the trained heading model (heading-model.ts) with the opening of the
 * story's text as evidence; everything else (the `——…` deck lines, the fields) is built around it.
 */
export function readHeadingParts(heads: readonly string[], lead = ''): HeadingReading {
  const [first, second] = heads;
  if (first === undefined) return { parts: [], confidence: null };
  if (second !== undefined) {
    // English pages put a deck under the title, or a label in capitals above it ("ANALYSIS").
    if (isLatinText(first)) {
      const labelAbove = EN_LABEL.test(first) && !EN_LABEL.test(second);
      return {
        parts: labelAbove
          ? [
              { role: 'kicker', text: first, line: 0 },
              { role: 'title', text: second, line: 1 },
            ]
          : [
              { role: 'title', text: first, line: 0 },
              { role: 'deck', text: second, line: 1 },
            ],
        confidence: null,
      };
    }
    const p = upperIsTitle({ upper: first, lower: second, lead });
    return {
      parts:
        p >= 0.5
          ? [
              { role: 'title', text: first, line: 0 },
              { role: 'deck', text: second, line: 1 },
            ]
          : [
              { role: 'kicker', text: first, line: 0 },
              { role: 'title', text: second, line: 1 },
            ],
      confidence: Math.max(p, 1 - p),
    };
  }
  const split = splitSameLineKicker(first);
  if (split) {
    return {
      parts: [
        { role: 'kicker', text: split[0], line: 0 },
        { role: 'title', text: split[1], line: 0 },
      ],
      confidence: null,
    };
  }
  return { parts: [{ role: 'title', text: first, line: 0 }], confidence: null };
}

/** The parts alone (see readHeadingParts). */
export function assignHeading(heads: readonly string[], lead = ''): HeadPart[] {
  return readHeadingParts(heads, lead).parts;
}

/** The heading fields from the assigned parts and the deck lines (`——…`) printed under them. */
export function buildHeading(parts: readonly HeadPart[], decks: readonly string[]): Heading {
  const of = (role: HeadPart['role']) => parts.filter((p) => p.role === role).map((p) => p.text);
  return {
    headline: joinSub(of('title')),
    kicker: joinSub(of('kicker')),
    deck: joinSub([...of('deck'), ...decks]),
  };
}

export function readHeading(heads: readonly string[], decks: readonly string[], lead = ''): Heading {
  return buildHeading(assignHeading(heads, lead), decks);
}
