// One pass over each printed paragraph with a stack of open quotes and brackets:
//  - straight quotes in Chinese text become “” / ‘’ by their place in the stack;
//  - a double quote opened inside a double quote should be ‘’ (GB/T 15834 4.1.3.3);
//  - an opener left open at the paragraph's end, or a closer with no opener, is unbalanced.
// Paragraphs, not lines: a quote opened before a column break closes after it. A quotation of
// several paragraphs opens each with “ and closes only the last, so an open quote carried into
// a paragraph that starts with “ is a continuation, not a fault.
import { isAsciiLetter, isCjk, isDigit, isQuote, isSpace } from '../chars';
import type { Finding, ProofContext, Span } from '../types';

type Kind = 'double' | 'single' | 'paren' | 'book' | 'angle';
interface Open {
  kind: Kind;
  pos: number;
  nested: boolean;
  straight: boolean;
}

const OPENERS: Record<string, Kind> = { '“': 'double', '‘': 'single', '（': 'paren', '(': 'paren', '《': 'book', '〈': 'angle' };
const CLOSERS: Record<string, Kind> = { '”': 'double', '’': 'single', '）': 'paren', ')': 'paren', '》': 'book', '〉': 'angle' };
const SCAN = /["'“”‘’（）()《》〈〉]/g;
// 1）, 12） and a) label list items; Chinese numerals are labelled （一）, so 一） lost its
// opener, and so did a word (GDP）, SiC）).
const MAX_DIGIT_LABEL = 2;

// The partner of a lone mark is missing somewhere near it, so the span reaches out to where it
// probably belonged: a closer back to the start of its clause; an opener that a later closer
// skipped over up to the end of its sentence (or clause, for brackets); an opener still open
// when the paragraph ends up to that end, where its closer was most likely dropped.
const MAX_REACH = 60;
const MAX_TO_END = 300;
const QUOTE_END = new Set(['。', '！', '？', '!', '?']);
const CLAUSE_END = new Set(['，', '。', '！', '？', '；', ',', ';', '!', '?']);
const CLAUSE_START = new Set(['，', '。', '！', '？', '；', '：', '、', ',', ';', ':', '!', '?']);

function unbalancedOpen(text: string, pos: number, kind: Kind, bound: number): Finding {
  const stops = kind === 'double' || kind === 'single' ? QUOTE_END : CLAUSE_END;
  const limit = Math.min(bound, pos + MAX_REACH);
  let end = pos + 1;
  while (end < limit && !stops.has(text[end] ?? '')) end++;
  if (end < limit) end++;
  return { rule: 'punct.unbalanced', start: pos, end, replacement: null };
}

function unclosedAtEnd(text: string, pos: number, paragraphEnd: number): Finding {
  let end = Math.min(paragraphEnd, pos + MAX_TO_END);
  while (end > pos + 1 && isSpace(text.charCodeAt(end - 1))) end--;
  return { rule: 'punct.unbalanced', start: pos, end, replacement: null };
}

function unbalancedClose(text: string, pos: number, bound: number): Finding {
  const limit = Math.max(bound, pos - MAX_REACH);
  let start = pos;
  while (start > limit && !CLAUSE_START.has(text[start - 1] ?? '')) start--;
  return { rule: 'punct.unbalanced', start, end: pos + 1, replacement: null };
}

function straight(pos: number, replacement: string): Finding {
  return { rule: 'punct.straight-quote', start: pos, end: pos + 1, replacement };
}

function nested(pos: number, replacement: string): Finding {
  return { rule: 'punct.nested-quote', start: pos, end: pos + 1, replacement };
}

/** '1）' or 'a)' opening a list item is a label, not a lost parenthesis. */
function isNumberingLabel(text: string, pos: number): boolean {
  let j = pos - 1;
  while (j >= 0 && pos - j <= MAX_DIGIT_LABEL && isDigit(text.charCodeAt(j))) j--;
  if (j === pos - 1 && isAsciiLetter(text.charCodeAt(j))) j--;
  if (j === pos - 1 || isAsciiLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j))) return false;
  const before = j >= 0 ? text.charCodeAt(j) : -1;
  return before === -1 || before === 0x0a || isSpace(before) || isCjk(before) || isQuote(before);
}

function nearestQuote(stack: Open[]): Open | undefined {
  for (let k = stack.length - 1; k >= 0; k--) {
    const e = stack[k]!;
    if (e.kind === 'double' || e.kind === 'single') return e;
  }
  return undefined;
}

/** A quotation that runs on into the next paragraph opens a paragraph or follows a colon (他说：“…),
 * on the same line or, when the colon ends its own line (解释说：⏎⏎“…), the line before. */
function opensSpeech(text: string, pos: number, paragraphStart: number): boolean {
  let j = pos - 1;
  while (j >= paragraphStart && (isSpace(text.charCodeAt(j)) || text.charCodeAt(j) === 0x0a)) j--;
  if (j < paragraphStart) return true;
  const c = text[j];
  return c === '：' || c === ':';
}

const SENTENCE_END = /[。！？!?…”’）)》」』.]\s*$/;

function endsSentence(text: string, p: Span): boolean {
  return SENTENCE_END.test(text.slice(Math.max(p.start, p.end - 4), p.end));
}

function closesMore(text: string, p: Span | undefined): boolean {
  if (!p) return false;
  let balance = 0;
  for (let i = p.start; i < p.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x2018 || c === 0xff08 || c === 0x300a) balance++;
    else if (c === 0x201d || c === 0x2019 || c === 0xff09 || c === 0x300b) balance--;
  }
  return balance < 0;
}

// “嗯？”外婆睁开眼睛，“又想…: a short reply, a speaker tag, then more speech is fresh dialogue;
// the last paragraph of a quotation running on closes it for good.
const FRESH_DIALOGUE = /^[ \t\u3000]*“[^“”\n]{1,40}”[^“”\n]{1,30}[，：:,]“/;

function startsFreshDialogue(text: string, p: Span | undefined): boolean {
  return !!p && FRESH_DIALOGUE.test(text.slice(p.start, Math.min(p.end, p.start + 80)));
}

function firstCharOf(text: string, p: Span | undefined): string {
  if (!p) return '';
  let i = p.start;
  while (i < p.end && isSpace(text.charCodeAt(i))) i++;
  return text[i] ?? '';
}

function markPositions(text: string): number[] {
  const out: number[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) out.push(m.index);
  return out;
}

export function quotePairs(ctx: ProofContext): Finding[] {
  const { text, paragraphs } = ctx;
  const zh = ctx.lang === 'zh';
  const out: Finding[] = [];
  let carried: Open | null = null;
  let runOn: Open[] = [];
  // Found in one pass: searched for from each paragraph's start, a page of paragraphs with no
  // quotes or brackets would be scanned to its end once per paragraph.
  const marks = markPositions(text);
  let cursor = 0;

  paragraphs.forEach((p, pi) => {
    const stack: Open[] = carried ? [carried] : runOn;
    let skipContinuationAt = carried ? p.start : -1;
    if (skipContinuationAt >= 0) while (isSpace(text.charCodeAt(skipContinuationAt))) skipContinuationAt++;
    carried = null;
    runOn = [];
    const pendingNested: Finding[] = [];
    let broken = false;

    const close = (kind: Kind, pos: number): Open | null => {
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.kind !== kind) k--;
      if (k < 0) {
        if (!(kind === 'paren' && isNumberingLabel(text, pos))) {
          out.push(unbalancedClose(text, pos, p.start));
          broken = true;
        }
        return null;
      }
      for (let j = k + 1; j < stack.length; j++) {
        out.push(unbalancedOpen(text, stack[j]!.pos, stack[j]!.kind, p.end));
        broken = true;
      }
      const opened = stack[k]!;
      stack.length = k;
      return opened;
    };

    while (cursor < marks.length && marks[cursor]! < p.start) cursor++;
    for (; cursor < marks.length && marks[cursor]! < p.end; cursor++) {
      const i = marks[cursor]!;
      const ch = text[i]!;
      if (i === skipContinuationAt && (ch === '“' || ch === '"')) {
        if (ch === '"' && zh) out.push(straight(i, '“'));
        continue;
      }
      if (ch === '"') {
        // English straight quotes still count for balance; converting them is the English rules' business.
        const near = nearestQuote(stack);
        if (near && near.kind === 'double') {
          const opened = close('double', i);
          if (opened?.nested && !opened.straight) pendingNested.push(nested(opened.pos, '‘'));
          if (zh) out.push(straight(i, opened?.nested ? '’' : '”'));
        } else {
          stack.push({ kind: 'double', pos: i, nested: false, straight: true });
          if (zh) out.push(straight(i, '“'));
        }
        continue;
      }
      if (ch === "'") {
        if (!zh) continue;
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        if (isAsciiLetter(prev) || (isDigit(next) && !isCjk(prev))) continue; // don't, '90s
        if (!isCjk(prev) && !isCjk(next) && !isQuote(prev) && !isQuote(next)) continue;
        const near = nearestQuote(stack);
        if (near && near.kind === 'single') {
          close('single', i);
          out.push(straight(i, '’'));
        } else {
          stack.push({ kind: 'single', pos: i, nested: false, straight: true });
          out.push(straight(i, '‘'));
        }
        continue;
      }
      const openKind = OPENERS[ch];
      if (openKind) {
        const isNested = zh && openKind === 'double' && nearestQuote(stack)?.kind === 'double';
        stack.push({ kind: openKind, pos: i, nested: isNested, straight: false });
        continue;
      }
      const closeKind = CLOSERS[ch];
      if (!closeKind) continue;
      if (closeKind === 'single') {
        // An apostrophe (China’s, ’90s) is not a closing quote.
        const prev = text.charCodeAt(i - 1);
        const hasOpen = stack.some((e) => e.kind === 'single');
        if (!hasOpen && (!zh || isAsciiLetter(prev) || isAsciiLetter(text.charCodeAt(i + 1)) || isDigit(text.charCodeAt(i + 1)))) continue;
        if (hasOpen && isAsciiLetter(prev) && isAsciiLetter(text.charCodeAt(i + 1))) continue;
      }
      const opened = close(closeKind, i);
      if (opened?.nested) {
        pendingNested.push(nested(opened.pos, '‘'), nested(i, '’'));
      }
    }

    if (stack.length > 0) {
      const next = paragraphs[pi + 1];
      const first = firstCharOf(text, next);
      if (!endsSentence(text, p) && closesMore(text, paragraphs[pi + 1])) {
        // Open quotes, a line that stops mid-sentence and a next paragraph that closes more
        // than it opens: a column break the paragraph model could not see (a short broken line).
        runOn = stack.slice();
      } else if (
        stack.length === 1 &&
        stack[0]!.kind === 'double' &&
        (first === '“' || (zh && first === '"')) &&
        opensSpeech(text, stack[0]!.pos, p.start) &&
        !startsFreshDialogue(text, next) &&
        // A quotation running on holds no double quotes of its own; these say its closer was lost.
        pendingNested.length === 0
      ) {
        carried = stack[0]!;
      } else {
        for (const e of stack) {
          out.push(e.kind === 'double' || e.kind === 'single' ? unclosedAtEnd(text, e.pos, p.end) : unbalancedOpen(text, e.pos, e.kind, p.end));
        }
        broken = true;
      }
    }
    // A missing closer makes later quotes look nested; only a balanced paragraph proves nesting.
    if (!broken) out.push(...pendingNested);
  });
  return out;
}
