// Lines and printed paragraphs of one story. A page set in columns breaks a paragraph
// wherever the column ends, so a line that stops mid-sentence continues on the next
// non-blank line: quote balance and line-start checks must see the paragraph, not the line.
import { isSpace } from './chars';
import type { ProofContext, Span } from './types';
import type { WordFrequencies } from './word-frequencies';

// A piece ending in one of these is finished (sentence-final marks and closers after them).
const FINAL = new Set(['。', '！', '？', '!', '?', '…', '”', '’', '）', ')', '》', '」', '』', '.']);
// A piece ending in one of these obviously continues.
const OPEN_ENDED = new Set(['，', '、', '；', '：', ',', ';', ':', '“', '‘', '（', '(', '《']);
// Headlines and bylines are short and end without punctuation; column-broken body lines are long.
const MIN_BROKEN_LINE = 30;

export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl });
    start = nl + 1;
  }
}

function trimmedEnd(text: string, line: Span): number {
  let e = line.end;
  while (e > line.start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function isBlank(text: string, line: Span): boolean {
  return trimmedEnd(text, line) === line.start;
}

function continues(text: string, line: Span): boolean {
  const e = trimmedEnd(text, line);
  const last = text[e - 1] ?? '';
  if (FINAL.has(last)) return false;
  if (OPEN_ENDED.has(last)) return true;
  return e - line.start >= MIN_BROKEN_LINE;
}

export function paragraphsOf(text: string, lines: Span[]): Span[] {
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  let lastLine: Span | null = null;
  for (const line of lines) {
    if (isBlank(text, line)) continue;
    if (current && lastLine && continues(text, lastLine)) {
      current.end = line.end;
    } else {
      current = { start: line.start, end: line.end };
      paragraphs.push(current);
    }
    lastLine = line;
  }
  return paragraphs;
}

/** 'zh' when Han characters are a fair share of the letters: a Chinese word is one or two Han, an English word five letters. */
export function detectLanguage(text: string): 'zh' | 'en' {
  let han = 0;
  let latin = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (han + latin === 0) return 'zh';
  return han / (han + latin) >= 0.2 ? 'zh' : 'en';
}

export function buildContext(text: string, lang: 'zh' | 'en', words?: WordFrequencies): ProofContext {
  const lines = splitLines(text);
  return { text, lang, lines, paragraphs: paragraphsOf(text, lines), ...(words ? { words } : {}) };
}
