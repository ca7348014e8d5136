// Basics for English stories: double spaces, straight quotes, a word typed twice.
// Wire copy has house styles a rule must not fight: some desks set two spaces after a full
// stop, some (Xinhua, AFP feeds) send plain ASCII quotes throughout. A story that does it
// consistently is following its style; one slip among the other style is reported.
import { isDigit } from './chars';
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
  REPEATED_WORD.lastIndex = 0;
  for (let m = REPEATED_WORD.exec(text); m; m = REPEATED_WORD.exec(text)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    const second = m[0].slice(m[0].length - word.length);
    const capitalised = second[0] !== second[0]?.toLowerCase();
    const third = new RegExp(`^\\s+${word}\\b`).exec(text.slice(m.index + m[0].length, m.index + m[0].length + word.length + 3));
    const thrice = third !== null;
    // A name said twice on purpose is never said three times (Sirhan Sirhan Sirhan).
    const nameSlip = capitalised && thrice && !LEGIT_REPEATS.has(lower);
    // "had had" and "that that" are grammar; a third one never is.
    if (third && TWICE_AT_MOST.has(lower)) {
      // Which of the three was meant (had had, or had) needs the editor.
      out.push({ rule: 'en.repeated-word', start: m.index, end: m.index + m[0].length + third[0].length, replacement: null });
      REPEATED_WORD.lastIndex = m.index + m[0].length + third[0].length;
      continue;
    }
    if (!nameSlip && (capitalised ? LEGIT_NAMES.has(lower) : LEGIT_REPEATS.has(lower))) continue;
    // Boutros Boutros-Ghali; a name printed doubled twice in one story (Sirhan Sirhan) is its spelling.
    if (capitalised && text[m.index + m[0].length] === '-' && isUpper(text.charCodeAt(m.index + m[0].length + 1))) continue;
    if (capitalised && !nameSlip && (seenNames.has(m[0]) || text.indexOf(m[0], m.index + m[0].length) >= 0)) {
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
