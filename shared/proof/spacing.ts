// Stray spaces inside Chinese text. Chinese is set without word spaces, but a page legitimately
// uses them in bylines and credits (本报记者 王艳琼, (记者 褚晶君 通讯员 …)), between a kicker and
// a title, and between the halves of a slogan (“质量至上 共创未来”). So only lines that read as
// prose (they contain a sentence stop) are checked, and those uses are let through.
import { isCjkMark, isHan, isSpace } from './chars';
import type { Finding, ProofContext, Span } from './types';
import type { WordFrequencies } from './word-frequencies';

const SPACES = /[ \u3000]+/g;
const SENTENCE_STOP = /[。！？!?]/;
const ROLE_BEFORE = /(?:报讯|刊讯|日电|专电|报道组|联盟·[\u4e00-\u9fff]{1,4})$/;
// A role word opens its token (本报记者 王凯, （记者 张明）), unlike 截至记者 发稿时, a slip.
const PERSON_ROLE = /(?:^|[\s（(】讯电]|本报|本刊)(?:见习|特约|首席|驻站|融媒体|全媒体)?(?:记者|通讯员|实习生|摄影|摄|编辑)$/;
// A lead's source opens the paragraph and is set off by a space (本报综合消息 …, ●本报讯 …,
// 新华社北京1月7日电 …), and a name follows a role word (本报讯 记者 张明 通讯员 李卫东 近日，…).
const LEAD_SOURCE = /^[\s●■□◆▲★]*(?:本报|本刊|新华社|中新社|据)[\u4e00-\u9fff\d]{0,14}(?:讯|消息|电|报道)$/;
const ROLE_THEN_NAME = /(?:^|[\s（(讯电])(?:本报)?(?:记者|通讯员|实习生|见习记者|特约记者|摄影|编辑)\s?[\u4e00-\u9fff·]{2,4}$/;
// A caption's credit may share its line, after the caption's full stop: …清扫积雪。 本报记者 王凯 摄
// Statutes and documents set a space after the heading of each article or chapter at the line
// start (第一条 为了规范…, 第二章 总则, 第3条 …).
const ARTICLE_HEAD = /^[\s\u3000]*第[一二三四五六七八九十百千零〇两\d]{1,7}[条章节编款部分]{1,2}$/;
const CREDIT_TO_END = /^[\s\u4e00-\u9fff·]{2,24}摄）?$/;
// A slogan's halves are phrases (书香邻里 温暖你我); a spaced two-character word (绣花 功夫) is a slip.
const MIN_SLOGAN_HALF = 3;
const MAX_SLOGAN_HALF = 8;

function isCjkPunctOrQuote(c: number): boolean {
  return isCjkMark(c) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

/**
 * How deep in brackets each position of a line is, read left to right as the line's spaces are
 * visited in order: counted again from the line's start for each space, a long line of spaced
 * text would cost its length once per space.
 */
function bracketDepth(text: string, line: Span): (pos: number) => number {
  let depth = 0;
  let i = line.start;
  return (pos) => {
    for (; i < pos; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x28 || c === 0xff08) depth++;
      else if ((c === 0x29 || c === 0xff09) && depth > 0) depth--;
    }
    return depth;
  };
}

const MAX_NAME = 4;
const ROLE_WORD = /记者|通讯员|实习生|摄影|编辑/g;

/** 记 者, 通 讯员: the space falls inside a role word (通讯员 林洁 is a role, then a name). */
function splitsRoleWord(text: string, start: number, end: number): boolean {
  const left = text.slice(Math.max(0, start - 3), start);
  const joined = left + text.slice(end, end + 3);
  for (const m of joined.matchAll(ROLE_WORD)) if (m.index < left.length && m.index + m[0].length > left.length) return true;
  return false;
}

/**
 * The space cuts a word in two (记 者, 通 讯员, 教育 厅): joined, the characters beside it make a
 * dictionary word of two or three characters that neither side makes alone.
 */
function splitsWord(text: string, start: number, end: number, words: WordFrequencies): boolean {
  const a1 = text[start - 1] ?? '';
  const a2 = text.slice(Math.max(0, start - 2), start);
  const b1 = text[end] ?? '';
  const b2 = text.slice(end, end + 2);
  const han = (s: string) => [...s].every((c) => isHan(c.charCodeAt(0)));
  return [a1 + b1, a2 + b1, a1 + b2].some((w) => w.length >= 2 && han(w) && words.has(w));
}

function hanRun(text: string, from: number, step: 1 | -1): { length: number; edge: number } {
  let i = from;
  let length = 0;
  while (isHan(text.charCodeAt(i))) {
    i += step;
    length++;
  }
  return { length, edge: text.charCodeAt(i) };
}

/** Two equal halves bounded by quotes or the line: a slogan or couplet, spaced on purpose. */
function isSlogan(text: string, start: number, end: number): boolean {
  const left = hanRun(text, start - 1, -1);
  const right = hanRun(text, end, 1);
  if (left.length !== right.length || left.length < MIN_SLOGAN_HALF || left.length > MAX_SLOGAN_HALF) return false;
  const lineOpen = Number.isNaN(left.edge) || left.edge === 0x0a;
  const markOpen = left.edge === 0x201c || left.edge === 0x22 || left.edge === 0x300a || left.edge === 0xff1a;
  const lineClose = Number.isNaN(right.edge) || right.edge === 0x0a;
  const markClose = right.edge === 0x201d || right.edge === 0x22 || right.edge === 0x300b;
  // A slogan opening its line fills it; one quoted inside prose may be followed by any mark.
  if (lineOpen) return lineClose || markClose;
  return markOpen && (lineClose || markClose || isCjkMark(right.edge));
}

export function cjkSpaces(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  for (const line of ctx.lines) {
    if (line.end - line.start < 2) continue;
    let first = line.start;
    while (first < line.end && isSpace(text.charCodeAt(first))) first++;
    // A stray mark opening the line (the line-start rule's finding) does not make a headline or
    // an article heading prose: judge the line from its first word.
    let body = first;
    while (body < line.end && (isCjkMark(text.charCodeAt(body)) || isSpace(text.charCodeAt(body)))) body++;
    if (!SENTENCE_STOP.test(text.slice(body, line.end))) continue;
    const depthAt = bracketDepth(text, line);
    // Searched for in the line alone: from `first` in the whole story, a line with no space
    // would be searched to the story's next space, which on a page of short lines is its end.
    const row = text.slice(first, line.end);
    SPACES.lastIndex = 0;
    for (let m = SPACES.exec(row); m; m = SPACES.exec(row)) {
      const start = first + m.index;
      const end = start + m[0].length;
      if (end >= line.end) break; // trailing spaces are invisible in print
      const prev = text.charCodeAt(start - 1);
      const next = text.charCodeAt(end);
      const besideMark = (isCjkPunctOrQuote(prev) && (isHan(next) || isCjkPunctOrQuote(next))) || (isHan(prev) && isCjkPunctOrQuote(next));
      const betweenHan = isHan(prev) && isHan(next);
      if (!besideMark && !betweenHan) continue;
      // 新华社北京1月7日电 （记者 …）: a dateline or role word is followed by a space on purpose.
      const before = text.slice(Math.max(line.start, start - 10), start);
      // 记者 在调度中心看到: a role word opens a byline only when a name (2–4 characters) follows.
      if (ROLE_BEFORE.test(before) || (PERSON_ROLE.test(before) && hanRun(text, end, 1).length <= MAX_NAME)) {
        if (!splitsRoleWord(text, start, end)) continue;
      }
      if (LEAD_SOURCE.test(text.slice(line.start, start)) || ROLE_THEN_NAME.test(text.slice(Math.max(line.start, start - 12), start))) continue;
      if (ARTICLE_HEAD.test(text.slice(body, start))) continue;
      if (!betweenHan && CREDIT_TO_END.test(text.slice(end, line.end))) continue;
      if (betweenHan && ctx.words && splitsWord(text, start, end, ctx.words)) {
        out.push({ rule: 'space.cjk', start, end, replacement: '' });
        continue;
      }
      if (betweenHan) {
        if (depthAt(start) > 0) continue;
        if (next === 0x6444 /* 摄 */) continue;
        if (isSlogan(text, start, end)) continue;
      }
      out.push({ rule: 'space.cjk', start, end, replacement: '' });
    }
  }
  return out;
}
