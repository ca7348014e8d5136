// Basics for English stories: double spaces, straight quotes, a word typed twice.
import { isAsciiLetter, isDigit } from './chars';
import type { Finding, ProofContext } from './types';

const DOUBLE_SPACE = /(?<=\S) {2,}(?=\S)/g;
const REPEATED_WORD = /\b([A-Za-z]+)\s+\1\b/gi;
// Doubled on purpose: "had had", "that that", "very very". "is is" only in "what it is is".
const LEGIT_REPEATS = new Set(['had', 'that', 'bye', 'knock', 'very', 'really', 'no', 'ha', 'tut', 'so', 'do', 'dum', 'la', 'cha']);
// Names that are a word said twice; any other capitalised pair ("Not Not", "Ruth Ruth") is a slip.
const LEGIT_NAMES = new Set(['walla', 'sing', 'bora', 'pago', 'baden', 'dum', 'duran', 'mahi', 'bulla', 'bye', 'cous', 'tom', 'yo', 'ylang', 'chin', 'ack', 'knock', 'no', 'ha']);
const STRAIGHT = /["']/g;

function opens(text: string, i: number): boolean {
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  return prev === -1 || prev === 0x0a || prev === 0x20 || prev === 0x28 || prev === 0x5b || prev === 0x2014 || prev === 0x2013 || prev === 0x201c || prev === 0x2018;
}

export function englishBasics(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'en') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  DOUBLE_SPACE.lastIndex = 0;
  for (let m = DOUBLE_SPACE.exec(text); m; m = DOUBLE_SPACE.exec(text)) {
    out.push({ rule: 'en.double-space', start: m.index, end: m.index + m[0].length, replacement: ' ' });
  }
  REPEATED_WORD.lastIndex = 0;
  for (let m = REPEATED_WORD.exec(text); m; m = REPEATED_WORD.exec(text)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    const second = m[0].slice(m[0].length - word.length);
    const capitalised = second[0] !== second[0]?.toLowerCase();
    if (capitalised ? LEGIT_NAMES.has(lower) : LEGIT_REPEATS.has(lower)) continue;
    if (lower === 'is' && /\b(?:it|what)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ rule: 'en.repeated-word', start: m.index, end: m.index + m[0].length, replacement: word });
  }
  // Wire copy set entirely in straight apostrophes is a house style; a straight one among curly ones is a slip.
  const curly = text.includes('’') || text.includes('“');
  STRAIGHT.lastIndex = 0;
  for (let m = STRAIGHT.exec(text); m; m = STRAIGHT.exec(text)) {
    const i = m.index;
    const isOpen = opens(text, i);
    if (m[0] === "'") {
      const prev = text.charCodeAt(i - 1);
      const next = text.charCodeAt(i + 1);
      const apostrophe = (isAsciiLetter(prev) || isDigit(prev)) && (isAsciiLetter(next) || isDigit(next));
      if ((apostrophe || (isOpen && isDigit(next))) && !curly) continue;
      out.push({ rule: 'en.straight-quote', start: i, end: i + 1, replacement: isOpen && !isDigit(next) ? '‘' : '’' });
    } else {
      out.push({ rule: 'en.straight-quote', start: i, end: i + 1, replacement: isOpen ? '“' : '”' });
    }
  }
  return out;
}
