// Half-width , . ; : ? ! ( ) next to Chinese text → full-width (GB/T 15834). A mark counts as
// Chinese only when a neighbour (looking through quotes) is Chinese, so 3.16亿, 10:30, 1,000,
// URLs and English runs are left alone.
import { cjkAround, codeAfter, codeBefore, isAnyDigit as isDigit, isAsciiAlnum, isAsciiLetter, isCjk } from '../chars';
import type { Finding, ProofContext } from '../types';

const FULL: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const MARKS = /[,.;:?!()\n]/g;

function message(mark: string): { zh: string; en: string } {
  const full = FULL[mark] ?? mark;
  return { zh: `中文中的半角“${mark}”应为全角“${full}”。`, en: `Half-width "${mark}" in Chinese text; use "${full}".` };
}

/** The digits before i start a line, follow a space, or follow a colon (附件：1.申请表 2.承诺书). */
function startsLine(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isDigit(text.charCodeAt(j))) j--;
  if (j === i - 1) return false;
  const c = text.charCodeAt(j);
  return j < 0 || c === 0x0a || c === 0x20 || c === 0x3000 || c === 0xff1a;
}

/** What follows the mark is the end of the line, a closing quote, or Chinese. */
function endsOrJoinsChinese(text: string, i: number): boolean {
  const next = codeAfter(text, i);
  return next === -1 || next === 0x0a || isCjk(next) || (isCjk(codeBefore(text, i - 1)) && next === 0x20);
}

/** The comma groups thousands: exactly three digits follow it. */
function isThousands(text: string, i: number): boolean {
  return afterDigits(text, i + 1) === i + 4;
}

function afterDigits(text: string, from: number): number {
  let j = from;
  while (isDigit(text.charCodeAt(j))) j++;
  return j;
}

function isChineseMark(text: string, i: number, mark: string): boolean {
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  switch (mark) {
    case ',':
      if (isDigit(prev) && isDigit(next)) return !isThousands(text, i) && isCjk(text.charCodeAt(afterDigits(text, i + 1))); // 1,000 but 5,6月
      if (prev === 0x25 && isDigit(next)) return true; // 78%,8英寸: English would space it
      // 0.3%,PPI and 3.3GHz,GPU in a Chinese story: English puts a space after its comma.
      if ((prev === 0x25 || isAsciiAlnum(prev)) && isAsciiLetter(next)) return true;
      return cjkAround(text, i);
    case '.':
      // Only a lone full stop after Chinese; '..' belongs to the ellipsis rule, '3.5' and 'zj.gov' are not Chinese.
      if (prev === 0x2e || next === 0x2e || isAsciiLetter(next)) return false;
      if (isDigit(next)) return isCjk(prev); // 逐月加快.3月份, but 3.5 and No.1
      if (isCjk(codeBefore(text, i))) return true;
      if (isCjk(next) && !isAsciiAlnum(prev) && prev !== 0x20) return true; // 零下12℃.在, 1.48‰.研究
      // 增长了37%. and 达到91.5. end Chinese sentences too; '1.加强管理' at a line start is a list label.
      return (prev === 0x25 || (isDigit(prev) && !startsLine(text, i))) && endsOrJoinsChinese(text, i);
    case ':':
      if (isDigit(prev) && isDigit(next)) return false; // 10:30
      if (next === 0x2f) return false; // http://
      if (!isAsciiAlnum(prev) && prev !== 0x20 && !Number.isNaN(prev) && isDigit(next)) return true; // 图①:1月6日
      return cjkAround(text, i);
    case '?':
    case '!':
      // The end of an English sentence quoted inside Chinese keeps its own mark.
      if (isAsciiLetter(codeBefore(text, i))) return false;
      return cjkAround(text, i);
    default:
      return cjkAround(text, i);
  }
}

/** (25∶18、25∶20): a parenthesis holding Chinese marks or words is Chinese. */
function hasCjk(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isCjk(text.charCodeAt(j))) return true;
  return false;
}

const FULL_OPEN = 0xff08; // （
const FULL_CLOSE = 0xff09; // ）

/**
 * 3比0(25∶18、25∶20）: for each half-width opener left open at the end of its line, whether a
 * full-width closer follows it on the line before any full-width opener does. Read once from
 * the line's end back, not searched for from each opener, so a line of openers stays linear.
 */
function closedFullWidth(text: string, opens: readonly number[], lineEnd: number): boolean[] {
  const closed = new Array<boolean>(opens.length);
  let nearest = -1; // the code of the first full-width bracket after position j
  let j = lineEnd - 1;
  for (let k = opens.length - 1; k >= 0; k--) {
    const o = opens[k]!;
    for (; j > o; j--) {
      const c = text.charCodeAt(j);
      if (c === FULL_OPEN || c === FULL_CLOSE) nearest = c;
    }
    closed[k] = nearest === FULL_CLOSE;
  }
  return closed;
}

function finding(text: string, i: number, mark: string): Finding {
  // Swallow spaces typed after the mark when Chinese follows: full-width marks carry their own space.
  let end = i + 1;
  if (mark !== '(') {
    let j = end;
    while (text.charCodeAt(j) === 0x20) j++;
    if (j > end && isCjk(codeAfter(text, j - 1))) end = j;
  }
  return { rule: 'punct.halfwidth', start: i, end, replacement: FULL[mark] ?? null, message: message(mark) };
}

export function halfwidthPunctuation(ctx: ProofContext): Finding[] {
  const { text } = ctx;
  if (ctx.lang !== 'zh') return [];
  const out: Finding[] = [];
  // Parentheses are judged as a pair on one line, so '(GDP)' inside Chinese is converted whole.
  const opens: number[] = [];
  const openersLeft = (lineEnd: number) => {
    const closed = closedFullWidth(text, opens, lineEnd);
    opens.forEach((o, k) => {
      if (cjkAround(text, o) || closed[k]) out.push(finding(text, o, '('));
    });
    opens.length = 0;
  };
  // （记者 张明): a half-width closer after a full-width opener on its line. The last full-width
  // bracket before each mark is kept by a pointer that only moves forward.
  let lineStart = 0;
  let scanned = 0;
  let lastBracket = -1;
  let lastBracketAt = -1;
  const openedFullWidth = (i: number): boolean => {
    for (; scanned < i; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === FULL_OPEN || c === FULL_CLOSE) {
        lastBracket = c;
        lastBracketAt = scanned;
      }
    }
    return lastBracketAt >= lineStart && lastBracket === FULL_OPEN;
  };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const mark = m[0];
    if (mark === '\n') {
      openersLeft(i);
      lineStart = i + 1;
    } else if (mark === '(') {
      opens.push(i);
    } else if (mark === ')') {
      const o = opens.pop();
      if (o === undefined) {
        if (cjkAround(text, i) || openedFullWidth(i)) out.push(finding(text, i, ')'));
      } else if (cjkAround(text, o) || cjkAround(text, i) || hasCjk(text, o + 1, i)) {
        out.push(finding(text, o, '('), finding(text, i, ')'));
      }
    } else if (isChineseMark(text, i, mark)) {
      out.push(finding(text, i, mark));
    }
  }
  openersLeft(text.length);
  return out;
}
