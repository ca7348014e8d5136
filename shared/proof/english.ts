// Basics for English stories: double spaces, straight quotes, a word typed twice.
// Wire copy has house styles a rule must not fight: some desks set two spaces after a full
// stop, some (Xinhua, AFP feeds) send plain ASCII quotes throughout. A story that does it
// consistently is following its style; one slip among the other style is reported.
import { isAsciiLetter, isDigit } from './chars';
import type { Finding, ProofContext } from './types';

const DOUBLE_SPACE = /(?<=\S) {2,}(?=\S)/g;
const SENTENCE_GAP = /[.?!]["”’)]? +(?=["“‘(]?[A-Z])/g;
const REPEATED_WORD = /\b([A-Za-z]+)\s+\1\b/gi;
// Doubled on purpose: "had had", "that that", "very very". "is is" only in "what it is is".
const LEGIT_REPEATS = new Set([
  'had', 'that', 'bye', 'knock', 'very', 'really', 'no', 'ha', 'tut', 'tsk', 'so', 'do', 'dum', 'la', 'cha',
  'blah', 'yada', 'mahi', 'ylang', 'chin', 'far', 'long', 'many', 'boo', 'choo', 'tom',
]);
const TWICE_AT_MOST = new Set(['had', 'that', 'is']);
// Names that are a word said twice (places, people, brands); any other capitalised pair
// ("Not Not", "Ruth Ruth") is a slip unless the story prints it that way more than once.
const LEGIT_NAMES = new Set([
  'walla', 'sing', 'bora', 'pago', 'baden', 'dum', 'duran', 'mahi', 'bulla', 'bye', 'cous', 'tom', 'yo', 'ylang', 'chin',
  'ack', 'knock', 'no', 'ha', 'sirhan', 'abdullah', 'boutros', 'mohammed', 'muhammad', 'ali', 'ahmed', 'hassan', 'wagga',
  'kuala', 'berri', 'bala', 'tora', 'chop', 'mau', 'talk',
]);
const STRAIGHT = /["']/g;

function opens(text: string, i: number): boolean {
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  return prev === -1 || prev === 0x0a || prev === 0x20 || prev === 0x28 || prev === 0x5b || prev === 0x2014 || prev === 0x2013 || prev === 0x201c || prev === 0x2018;
}

export function englishBasics(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'en') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  const twoAfterStops = doubleSpacedSentences(text);
  DOUBLE_SPACE.lastIndex = 0;
  for (let m = DOUBLE_SPACE.exec(text); m; m = DOUBLE_SPACE.exec(text)) {
    if (twoAfterStops && m[0].length === 2 && /[.?!]["”’)]?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    out.push({ rule: 'en.double-space', start: m.index, end: m.index + m[0].length, replacement: ' ' });
  }
  const seenNames = new Set<string>();
  const printedAgain = laterCopies(text);
  REPEATED_WORD.lastIndex = 0;
  for (let m = REPEATED_WORD.exec(text); m; m = REPEATED_WORD.exec(text)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    const second = m[0].slice(m[0].length - word.length);
    const capitalised = second[0] !== second[0]?.toLowerCase();
    const third = thirdCopy(text, m.index + m[0].length, word);
    const thrice = third > 0;
    // A name said twice on purpose is never said three times (Sirhan Sirhan Sirhan).
    const nameSlip = capitalised && thrice && !LEGIT_REPEATS.has(lower);
    // "had had" and "that that" are grammar; a third one never is.
    if (thrice && TWICE_AT_MOST.has(lower)) {
      // Which of the three was meant (had had, or had) needs the editor.
      out.push({ rule: 'en.repeated-word', start: m.index, end: m.index + m[0].length + third, replacement: null });
      REPEATED_WORD.lastIndex = m.index + m[0].length + third;
      continue;
    }
    if (!nameSlip && (capitalised ? LEGIT_NAMES.has(lower) : LEGIT_REPEATS.has(lower))) continue;
    // Boutros Boutros-Ghali; a name printed doubled twice in one story (Sirhan Sirhan) is its spelling.
    if (capitalised && text[m.index + m[0].length] === '-' && isUpper(text.charCodeAt(m.index + m[0].length + 1))) continue;
    if (capitalised && !nameSlip && (seenNames.has(m[0]) || printedAgain(m[0], word.length, m.index + m[0].length))) {
      seenNames.add(m[0]);
      continue;
    }
    if (lower === 'is' && /\b(?:it|what)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ rule: 'en.repeated-word', start: m.index, end: m.index + m[0].length, replacement: word });
  }
  // Wire copy set entirely in straight apostrophes is a house style; a straight one among curly ones is a slip.
  const curly = /[‘’“”]/.test(text);
  const curlyDouble = text.includes('“') || text.includes('”');
  STRAIGHT.lastIndex = 0;
  for (let m = STRAIGHT.exec(text); m; m = STRAIGHT.exec(text)) {
    const i = m.index;
    const isOpen = opens(text, i);
    if (m[0] === "'") {
      const next = text.charCodeAt(i + 1);
      // A story with no curly mark at all sets every single mark straight: it's, analysts' (a
      // plural possessive), '90s and a quote within a quote are all its style, not slips.
      if (!curly) continue;
      out.push({ rule: 'en.straight-quote', start: i, end: i + 1, replacement: isOpen && !isDigit(next) ? '‘' : '’' });
    } else if (curlyDouble) {
      out.push({ rule: 'en.straight-quote', start: i, end: i + 1, replacement: isOpen ? '“' : '”' });
    }
  }
  return out;
}

// What \s and \b's word characters match, by UTF-16 unit.
const SPACE = /\s/;
function isWordCode(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x5f;
}

/**
 * The length of `word` said a third time at `at` ("had had had": spaces, then the word, ending
 * there), looked for within the word's length and three more, or 0. Compared by hand: a pattern
 * compiled for every doubled word costs more than the rest of the rule on a page of them.
 */
function thirdCopy(text: string, at: number, word: string): number {
  const end = Math.min(text.length, at + word.length + 3);
  let i = at;
  while (i < end && SPACE.test(text[i]!)) i++;
  if (i === at || i + word.length > end || !text.startsWith(word, i)) return 0;
  const after = i + word.length;
  return after < end && isWordCode(text.charCodeAt(after)) ? 0 : after - at;
}

const GAP = /(?<=[A-Za-z])\s+(?=[A-Za-z])/g;

/**
 * Whether a word pair ("Sirhan Sirhan", two words of `length` letters) is printed again at or
 * after `from`, as text.indexOf would find it. A copy spans a run of spaces with letters either
 * side, so for each word length the runs are keyed once by the pair they would spell, with the
 * last place it starts: searching the text after every doubled name would read a story of many
 * different ones to its end once per name.
 */
function laterCopies(text: string): (pair: string, length: number, from: number) => boolean {
  let gaps: Array<{ start: number; end: number; letters: number }> | null = null;
  const byLength = new Map<number, Map<string, number>>();
  return (pair, length, from) => {
    let last = byLength.get(length);
    if (!last) {
      gaps ??= lettersAroundSpaces(text);
      last = new Map();
      for (const g of gaps) if (g.letters >= length) last.set(text.slice(g.start - length, g.end + length), g.start - length);
      byLength.set(length, last);
    }
    return (last.get(pair) ?? -1) >= from;
  };
}

/** Every run of spaces between two letters, with the fewer of the letters before and after it. */
function lettersAroundSpaces(text: string): Array<{ start: number; end: number; letters: number }> {
  const out: Array<{ start: number; end: number; letters: number }> = [];
  const letter = (i: number) => isAsciiLetter(text.charCodeAt(i));
  GAP.lastIndex = 0;
  for (let m = GAP.exec(text); m; m = GAP.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let before = 1;
    while (letter(start - before - 1)) before++;
    let after = 1;
    while (letter(end + after)) after++;
    out.push({ start, end, letters: Math.min(before, after) });
  }
  return out;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** The story's style puts two spaces after a sentence: at least two such gaps, and most of them. */
function doubleSpacedSentences(text: string): boolean {
  let double = 0;
  let all = 0;
  SENTENCE_GAP.lastIndex = 0;
  for (let m = SENTENCE_GAP.exec(text); m; m = SENTENCE_GAP.exec(text)) {
    all++;
    if (m[0].endsWith('  ')) double++;
  }
  return double >= 2 && double * 2 > all;
}
