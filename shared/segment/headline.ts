// The headline block: the title, and the kicker (引题) printed before it — on the line above
// or on the same line after a space — or the deck (副题, "——…") printed under it.
import { charCount, isLatinText } from './text';

export interface Heading {
  headline: string | null;
  subheadline: string | null;
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

function joinSub(parts: Array<string | null>): string | null {
  const present = parts.filter((p): p is string => p !== null && p !== '');
  return present.length ? present.join(' ') : null;
}

export function readHeading(heads: readonly string[], decks: readonly string[]): Heading {
  const deck = joinSub([...decks]);
  const [first, second] = heads;
  if (first === undefined) return { headline: null, subheadline: deck };
  if (second !== undefined) {
    // English pages put a deck under the title, or a label in capitals above it ("ANALYSIS").
    if (isLatinText(first)) {
      return EN_LABEL.test(first) && !EN_LABEL.test(second)
        ? { headline: second, subheadline: joinSub([first, deck]) }
        : { headline: first, subheadline: joinSub([second, deck]) };
    }
    // Chinese pages print the kicker (引题) above the title, and it is often the longer line, so
    // two heading lines are read as kicker + title whatever their lengths.
    return { headline: second, subheadline: joinSub([first, deck]) };
  }
  const split = splitSameLineKicker(first);
  if (split) return { headline: split[1], subheadline: joinSub([split[0], deck]) };
  return { headline: first, subheadline: deck };
}
