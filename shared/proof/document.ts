// A whole page: each story is proofread on its own (quote balance, number style and language
// are per story), and offsets come back in page coordinates with 1-based line numbers.
// Without the splitter's stories, the page is cut where its language changes, so an English
// wire story on a Chinese page still gets the English rules.
import { detectLanguage, splitLines } from './context';
import { proofread } from './proofread';
import type { ProofOptions, Span, Suggestion } from './types';

export interface StoryRange {
  /** 1-based, inclusive, as the splitter reports them. */
  startLine: number;
  endLine: number;
}

export interface DocumentSuggestion extends Suggestion {
  line: number;
}

const MIN_SIGNAL = 12; // a line this short (a byline, a date) cannot tell its language

function signal(text: string, line: Span): number {
  let n = 0;
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) n++;
  }
  return n;
}

function languageRuns(text: string, lines: Span[], first: number, last: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  let runLang: 'zh' | 'en' | null = null;
  let lastNonBlank = -1;
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    if (line.end === line.start || text.slice(line.start, line.end).trim() === '') continue;
    const lang: 'zh' | 'en' | null = signal(text, line) >= MIN_SIGNAL ? detectLanguage(text.slice(line.start, line.end)) : runLang;
    if (runStart < 0) {
      runStart = i;
      runLang = lang;
    } else if (lang && runLang && lang !== runLang) {
      runs.push([runStart, lastNonBlank]);
      runStart = i;
      runLang = lang;
    } else if (!runLang) {
      runLang = lang;
    }
    lastNonBlank = i;
  }
  if (runStart >= 0) runs.push([runStart, lastNonBlank]);
  return runs;
}

/** Line-index ranges to proofread: the stories, plus any stretch of the page no story covers. */
function chunks(text: string, lines: Span[], stories: StoryRange[] | undefined): Array<[number, number]> {
  if (!stories || stories.length === 0) return languageRuns(text, lines, 0, lines.length - 1);
  const sorted = stories
    .map((s): [number, number] => [Math.max(0, s.startLine - 1), Math.min(lines.length - 1, s.endLine - 1)])
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [a, b] of sorted) {
    const from = Math.max(a, next);
    if (from > b) continue;
    if (from > next) out.push(...languageRuns(text, lines, next, from - 1));
    out.push([from, b]);
    next = b + 1;
  }
  if (next < lines.length) out.push(...languageRuns(text, lines, next, lines.length - 1));
  return out;
}

function lineOf(lines: Span[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function proofreadDocument(text: string, stories?: StoryRange[], options: ProofOptions = {}): DocumentSuggestion[] {
  const lines = splitLines(text);
  const out: DocumentSuggestion[] = [];
  for (const [a, b] of chunks(text, lines, stories)) {
    const start = lines[a]!.start;
    const slice = text.slice(start, lines[b]!.end);
    for (const s of proofread(slice, options)) {
      out.push({ ...s, start: s.start + start, end: s.end + start, line: lineOf(lines, s.start + start) });
    }
  }
  return out;
}
