// A paragraph being rejoined from the lines a column break cut it into. Whether the next line
// carries it on is read from the paragraph's opening and its end, so those cues are asked of
// a short stand-in rather than of the growing text: a page of 100,000 short lines would
// otherwise rescan (and re-flatten) the paragraph so far at every line. The text itself is
// joined once, when the paragraph is done.
//
// The stand-in is the text while it is short; then its opening, a line break when one was
// left out, a comma and a window of its end. It answers every cue `continuation` asks exactly
// as the text does:
//  - the script is read from the first SCRIPT_SAMPLE units, which the stand-in keeps, and so
//    both are longer than any short line; whether the text opens a list (一是, (三), 第四,) is
//    read from an opening run of numerals of any length, so it is kept apart (`opensList`);
//  - a bracketed line (endsSentence) needs the first and last characters and no line break;
//  - end cues read a few characters, or the characters before a trailing run of closers, or
//    an inline credit, which holds at most 75 characters that are not spaces (TRAILING in
//    credit.ts: a mark, six names of up to 12, 摄影) and 44 units in brackets (BRACKETED).
// So the window keeps the last END_KEPT characters that are neither spaces nor closers, with
// whatever runs of spaces and closers lie among them; a run too long for any cue to see
// through (a page of lines of "）" or of no-break spaces) is shortened to what can be seen.
import { CLOSER_CHARS, EXCLAMATION_CLOSERS, SCRIPT_SAMPLE, isLatinText, isSpaceCode, startsEnumeration } from './text';

/** Below this length the stand-in is the text itself. */
const WHOLE_MAX = 1024;
/** Characters that are neither spaces nor closers kept at the end: more than a credit holds. */
const END_KEPT = 80;
/** A run of closers and spaces keeps the suffix holding this many non-spaces: as much as a credit. */
const RUN_KEPT = 80;
/** A run of spaces keeps this many: more than a bracketed credit's 40, so a longer run still breaks one. */
const SPACES_KEPT = 48;
// Between the opening and the end: no credit runs across a comma, and a comma ends no sentence,
// so no end cue reads into the opening, even when the window reaches back to the first line.
const JOINT = '，';

// Each UTF-16 unit by what the cues make of it; a table, since this runs on every character appended.
const PLAIN = 0;
const SPACE = 1;
const CLOSER = 2;
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < KIND.length; c++) if (isSpaceCode(c)) KIND[c] = SPACE;
for (const ch of CLOSER_CHARS) KIND[ch.charCodeAt(0)] = CLOSER;
const EXCLAMATION = new Set([...EXCLAMATION_CLOSERS].map((c) => c.charCodeAt(0)));

function isPlain(c: number): boolean {
  return KIND[c] === PLAIN;
}

function isSpace(c: number): boolean {
  return KIND[c] === SPACE;
}

// What `.` does not match, so what stops a bracketed line.
function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBreak(text.charCodeAt(i))) return true;
  return false;
}

interface Cut {
  text: string;
  /** A line break was among the characters left out. */
  droppedBreak: boolean;
}

/** Spaces in text[from, to) with every run longer than SPACES_KEPT cut to its last SPACES_KEPT. */
function shortenSpaces(text: string, from: number, to: number): Cut {
  const out: string[] = [];
  let droppedBreak = false;
  let i = from;
  while (i < to) {
    let j = i;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    if (j - i > SPACES_KEPT) {
      droppedBreak ||= hasBreak(text, i, j - SPACES_KEPT);
      i = j - SPACES_KEPT;
    }
    while (j < to && !isSpace(text.charCodeAt(j))) j++;
    out.push(text.slice(i, j));
    i = j;
  }
  return { text: out.join(''), droppedBreak };
}

/**
 * A run of closers and spaces, cut to the suffix that holds RUN_KEPT non-spaces. What the run
 * was made of still shows: the cues before a trailing run of closers (endsSentence, the "!?"
 * test) look past it only when it is all closers, or all ASCII closers, so a character left
 * out is stood in for by a space or a closer that keeps that so.
 */
function shortenRun(text: string, from: number, to: number): Cut {
  if (to - from <= SPACES_KEPT) return { text: text.slice(from, to), droppedBreak: false };
  const spaced = shortenSpaces(text, from, to);
  const run = spaced.text;
  let start = run.length;
  let kept = 0;
  while (start > 0 && kept < RUN_KEPT) if (!isSpace(run.charCodeAt(--start))) kept++;
  if (start === 0) return spaced;
  const suffix = run.slice(start);
  const all = (s: string, test: (c: number) => boolean) => [...s].every((ch) => test(ch.charCodeAt(0)));
  const closers = (c: number) => KIND[c] === CLOSER;
  const exclamation = (c: number) => EXCLAMATION.has(c);
  let stand = '';
  if (all(suffix, closers) && !all(run, closers)) stand = ' ';
  else if (all(suffix, exclamation) && !all(run, exclamation)) stand = '）';
  return { text: stand + suffix, droppedBreak: spaced.droppedBreak || hasBreak(run, 0, start) };
}

/** The end of `text` that the end cues can see, with long runs of spaces and closers cut. */
function endWindow(text: string): Cut {
  let start = text.length;
  let kept = 0;
  while (start > 0 && kept < END_KEPT) if (isPlain(text.charCodeAt(--start))) kept++;
  let droppedBreak = hasBreak(text, 0, start);
  const out: string[] = [];
  let i = start;
  while (i < text.length) {
    let j = i;
    while (j < text.length && isPlain(text.charCodeAt(j))) j++;
    out.push(text.slice(i, j));
    let k = j;
    while (k < text.length && !isPlain(text.charCodeAt(k))) k++;
    if (k > j) {
      const run = shortenRun(text, j, k);
      out.push(run.text);
      droppedBreak ||= run.droppedBreak;
    }
    i = k;
  }
  return { text: out.join(''), droppedBreak };
}

/** What the window's cuts depend on, counted along a text. */
interface Tally {
  plain: number;
  /** Non-spaces in the run of spaces and closers the text ends with. */
  runNonSpaces: number;
  /** Length of the run of spaces it ends with. */
  spaces: number;
}

/**
 * `before` carried on over `text`, or null once a run there grows to twice what a cut keeps:
 * runs are let grow that far before they are cut again, so a page of lines of "）" is cut once
 * in so many lines, not at every line.
 */
function tally(text: string, before: Tally): Tally | null {
  let { plain, runNonSpaces, spaces } = before;
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === PLAIN) {
      plain++;
      runNonSpaces = 0;
      spaces = 0;
    } else if (kind === SPACE) {
      if (++spaces > 2 * SPACES_KEPT) return null;
    } else {
      spaces = 0;
      if (++runNonSpaces > 2 * RUN_KEPT) return null;
    }
  }
  return { plain, runNonSpaces, spaces };
}

const NOTHING: Tally = { plain: 0, runNonSpaces: 0, spaces: 0 };

// startsEnumeration reads a bracket or 第, a run of these, and at most two characters after it.
const LIST_PREFIX = '(（第';
const LIST_NUMERALS = '一二三四五六七八九十0123456789';

/** Whether more text could still change startsEnumeration(text): its opening run reaches its end. */
function listOpen(text: string): boolean {
  let i = LIST_PREFIX.includes(text.charAt(0)) ? 1 : 0;
  while (i < text.length && LIST_NUMERALS.includes(text.charAt(i))) i++;
  return i + 2 > text.length;
}

/** What the cues read of a paragraph: its stand-in, and what is read from its opening. */
export interface ParagraphCues {
  readonly standIn: string;
  /** isLatinText of the text. */
  readonly latin: boolean;
  /** startsEnumeration of the text. */
  readonly opensList: boolean;
}

export class Paragraph implements ParagraphCues {
  private readonly parts: string[];
  /** The whole text while it is at most WHOLE_MAX long, then null. */
  private whole: string | null;
  /** The stand-in less its end window: the opening, a line break when one was left out, the joint. */
  private head = '';
  private opening = '';
  private end = '';
  private endTally: Tally = NOTHING;
  private droppedBreak = false;
  private stand: string;
  /** isLatinText of the opening, once the opening no longer changes. */
  private openingLatin: boolean | null = null;
  /** startsEnumeration of the text, once cut; null while the text is all an opening run of numerals. */
  private list: boolean | null = null;

  constructor(first: string) {
    this.parts = [first];
    this.whole = first;
    this.stand = first;
    if (first.length > WHOLE_MAX) this.open(first);
  }

  /** Stands in for the text in every cue `continuation` and `joinSeparator` read of it. */
  get standIn(): string {
    return this.stand;
  }

  get latin(): boolean {
    if (this.whole !== null) return isLatinText(this.whole);
    return (this.openingLatin ??= isLatinText(this.opening));
  }

  get opensList(): boolean {
    if (this.whole !== null) return startsEnumeration(this.whole);
    // Joined at most twice: once the opening run ends, and once more if it ended the text.
    if (this.list === null) {
      const text = this.parts.join('');
      if (!listOpen(text)) this.list = startsEnumeration(text);
      else return startsEnumeration(text);
    }
    return this.list;
  }

  append(separator: string, text: string): void {
    if (separator) this.parts.push(separator);
    this.parts.push(text);
    if (this.whole !== null) {
      this.whole += separator + text;
      if (this.whole.length <= WHOLE_MAX) this.stand = this.whole;
      else this.open(this.whole);
      return;
    }
    const piece = separator + text;
    const after = tally(piece, this.endTally);
    if (after === null) {
      this.setEnd(endWindow(this.end + piece));
      return;
    }
    // No run to shorten: the window only grows, and is cut back once it holds twice what it must,
    // so each character is looked at a bounded number of times.
    this.end += piece;
    this.endTally = after;
    if (after.plain >= 2 * END_KEPT) this.setEnd(endWindow(this.end));
    else this.stand = this.head + this.end;
  }

  text(): string {
    return this.whole ?? this.parts.join('');
  }

  private open(whole: string): void {
    this.whole = null;
    this.list = listOpen(whole) ? null : startsEnumeration(whole);
    this.opening = whole.slice(0, SCRIPT_SAMPLE);
    this.head = this.opening + JOINT;
    this.setEnd(endWindow(whole));
  }

  private setEnd(window: Cut): void {
    this.end = window.text;
    // A window just cut holds no run too long to keep (cuts keep less than tally allows).
    this.endTally = tally(window.text, NOTHING)!;
    if (window.droppedBreak && !this.droppedBreak) {
      this.droppedBreak = true;
      this.head = this.opening + '\n' + JOINT;
    }
    this.stand = this.head + this.end;
  }
}
