// What each printed line looks like on its own, before any context is considered.
// `head` is a shape (short, no sentence end) — whether it is a headline, a kicker or a
// subhead is decided later from what surrounds it.
import { isDatelineCredit, isLead } from './lead';
import { isPersonName } from './person-name';
import { charsAtMost, endsSentence, isLatinText, isSpaceCode, leavesOpen, trimLine } from './text';

export type LineKind = 'lead' | 'byline' | 'credit' | 'deck' | 'head' | 'para' | 'rule';

export interface PageLine {
  /** 1-based line number in the source (after CRLF→LF). */
  n: number;
  /** The line without its indentation and trailing spaces. */
  text: string;
  kind: LineKind;
  /** A headline-shaped line that ends with ? or ! — a headline only when a lead or byline confirms it. */
  askingHead: boolean;
  /** A blank line is printed right above this one. */
  gapBefore: boolean;
}

const ZH_BYLINE =
  /^(?:[□■◎●▲◆]\s*)?(?:(?:本报|新华社|中新社|人民日报|[\u4e00-\u9fff]{2,6}(?:日报|晚报|报|社|台|网))?(?:首席|特约|特派|见习|实习|驻[\u4e00-\u9fff]{1,6})?(?:全媒体|融媒体|新媒体)?(?:记者|通讯员|评论员|实习生|摄影记者|摄影|共享联盟[·・][\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{0,6}报道组)[\s\u3000:：]*[\u4e00-\u9fff·]|文\s*[/／]|图\s*[/／]|文\s*图\s*[/／]|文\s*[\/／]\s*图)/;
// A commentary signed with a box and the writer's name alone: "□ 李明", "■本报评论员".
const ZH_SIGNED = /^[□■◎●▲◆][\s\u3000]*[\u4e00-\u9fff·]{2,4}$/;
// A commentary signed by the paper's commentator, with no name after it: "□ 本报评论员".
const ZH_COMMENTATOR = /^(?:[□■◎●▲◆][\s\u3000]*)?(?:本报|[\u4e00-\u9fff]{2,6}(?:日报|晚报|报))?(?:特约|首席)?评论员$/;
// Page furniture printed in the text but part of no story: the page header (section, date,
// weekday, the page's editors), the 本版责编 line, subscription and advertising lines.
const FURNITURE =
  /^(?:本版责编|本版编辑|责任编辑|版式设计|美术编辑)[:：]|(?:责任编辑|版式设计|美术编辑|本版责编)[:：]\s*[\u4e00-\u9fff]{2,4}|^(?:\S{1,10}[\s\u3000]+){0,3}\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*星期[一二三四五六日天]|(?:欢迎订阅|订阅热线|广告热线|订阅电话|邮发代号|新闻热线|报料热线|读者热线|热线电话|服务热线|新闻报料)[^。]*\d{3,}/;
const FURNITURE_MAX = 80;
// A wire picture's caption printed with the story ("FILE PHOTO: …"): text, never a title.
export const WIRE_CAPTION = /^(?:FILE PHOTO|Related coverage|PHOTO FILE)\s*:/i;
const EN_BYLINE = /^By\s+[A-Z][A-Za-z.'’-]*(?:\s|$)/i;
// AP and others print the agency on its own line under the writers' names ("By A and B" / "Associated Press").
const EN_AGENCY_LINE = /^(?:The )?(?:Associated Press|Agence France-Presse|Reuters|Xinhua(?: News Agency)?|AFP)$/;
// A photo credit: ends in 摄 / 摄影 (optionally in brackets) and reads like names, not a sentence.
const CREDIT = /(?:[\s\u3000]摄(?:影)?|(?:记者|通讯员|摄影)[\u4e00-\u9fff·]{2,4}摄)[)）]?$/;
// Agency and handout pictures: "新华社发", "新华社记者 王某 发", "（某某单位供图）".
const HANDOUT = /^[(（]?(?:(?:新华社|中新社|人民视觉|视觉中国)(?:记者[\s\u3000]*[\u4e00-\u9fff·\s\u3000]{2,16})?[\s\u3000]*发|[\u4e00-\u9fff·\s\u3000]{2,20}供图)[)）]?$/;
const EN_CREDIT = /^(?:Photo|Photograph|Photos|PHOTO)(?:\s+by|:)\s+\S/;
const DECK = /^(?:——|—|--)\s*\S/;
// Desk notes and furniture that must never be taken for a headline.
const DESK_NOTE = /^(?:责任编辑|责编|编辑|校对|美编|版式|组版|Editing by|Reporting by|Writing by)[:：\s]/;

// A separator printed between wire stories or before their trailer (AP's "___"): furniture, never text.
const RULE = /^(?:_{3,}|\*{3,}|-{3,}|={3,}|(?:\* ){2,}\*)$/;

const ZH_HEAD_MAX = 64;
// A long line broken by commas is the first half of a paragraph, not a title: printed titles
// with a comma ("护航“五一”假期，全省交警出动警力3.6万人次") stay short.
const ZH_HEAD_WITH_PAUSE_MAX = 32;
const EN_HEAD_MAX = 120;
const EN_HEAD_WORDS = 20;

const BRACKETED = /^[(（].*[)）]$/;
const DATE_CLAUSE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|早)?[,，]/;

/** text.split(/\s+/).length > max, without building the array: one piece more than there are runs of spaces. */
function wordCountAbove(text: string, max: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace && ++pieces > max) return true;
    inSpace = space;
  }
  return false;
}

/** 0: not headline-shaped; 1: headline-shaped; 2: headline-shaped but ends in ? or !. */
export function headShape(text: string): 0 | 1 | 2 {
  if (text.length > EN_HEAD_MAX) return 0;
  const first = text.charCodeAt(0);
  if ((first === 0x28 || first === 0xff08) && BRACKETED.test(text)) return 0;
  if (DESK_NOTE.test(text) || WIRE_CAPTION.test(text)) return 0;
  const latin = isLatinText(text);
  if (latin) {
    if (wordCountAbove(text, EN_HEAD_WORDS)) return 0;
    if (!/^[A-Z0-9"“‘'$£€]/.test(text)) return 0;
    if (/[.,;:]$/.test(text)) return 0;
  } else {
    if (!charsAtMost(text, ZH_HEAD_MAX)) return 0;
    const fullStop = text.indexOf('。');
    if (fullStop >= 0 && fullStop < text.length - 1) return 0;
    if (/[,，、;；:：]$/.test(text)) return 0;
    if (!charsAtMost(text, ZH_HEAD_WITH_PAUSE_MAX) && /[,，;；]/.test(text)) return 0;
    // A date and a comma open a caption or a lead ("6月9日，温州市…"), not a title.
    if (DATE_CLAUSE.test(text)) return 0;
  }
  if (!endsSentence(text)) return 1;
  const bare = text.replace(/["'”’」』)）》]+$/, '');
  return /[!?！？]$/.test(bare) && !/[。.]/.test(bare.slice(0, -1)) ? 2 : 0;
}

// Column and feature names that begin like a byline but are headings.
const NOT_BYLINE = /^(?:本报)?记者(?:手记|观察|调查|札记|体验|探访|追踪|随笔|感言|走基层|蹲点)/;

function isByline(text: string): boolean {
  if (text.length > 80) return false;
  if (EN_BYLINE.test(text)) return text.length <= 80 && !/[.!?]$/.test(text); // "By JANE ROE, Associated Press"
  if (EN_AGENCY_LINE.test(text)) return true;
  if (endsSentence(text) || /[。,，]/.test(text) || NOT_BYLINE.test(text)) return false;
  return charsAtMost(text, 40) && (ZH_BYLINE.test(text) || ZH_SIGNED.test(text) || ZH_COMMENTATOR.test(text));
}

// CREDIT ends in 摄 or 摄影, HANDOUT in 发 or 供图, either before an optional closing bracket:
// looking at the end first spares scanning every short line with CREDIT, which is not anchored.
function creditTail(text: string): boolean {
  let end = text.length;
  const last = text.charCodeAt(end - 1);
  if (last === 0x29 || last === 0xff09) end--;
  const c = text.charAt(end - 1);
  const before = text.charAt(end - 2);
  return c === '摄' || c === '发' || (c === '影' && before === '摄') || (c === '图' && before === '供');
}

export function isCredit(text: string): boolean {
  if (text.length > 100) return false;
  if (EN_CREDIT.test(text)) return text.length <= 100;
  return creditTail(text) && charsAtMost(text, 50) && !/[。,，]/.test(text) && (CREDIT.test(text) || HANDOUT.test(text));
}

function isFurniture(text: string): boolean {
  // Every furniture pattern holds one of these characters: a cheap test keeps body lines fast.
  if (text.length > FURNITURE_MAX * 2 || !/[编设订星号热]/.test(text)) return false;
  return charsAtMost(text, FURNITURE_MAX) && !/[。！？!?]/.test(text) && FURNITURE.test(text);
}

export function classifyLine(text: string, n: number, gapBefore = true): PageLine {
  const shape = headShape(text);
  let kind: LineKind;
  if (RULE.test(text) || isFurniture(text)) kind = 'rule';
  else if (isLead(text)) kind = isDatelineCredit(text) ? 'byline' : 'lead';
  else if (isCredit(text)) kind = 'credit';
  else if (isByline(text)) kind = 'byline';
  else if (DECK.test(text) && charsAtMost(text, 60) && !endsSentence(text.replace(/^(?:——|—|--)/, ''))) kind = 'deck';
  else if (shape !== 0) kind = 'head';
  else kind = 'para';
  return { n, text, kind, askingHead: shape === 2, gapBefore };
}

/** `line` (a head-shaped line under a title) is a bare name signing the story, not a second heading line. */
function isSignature(line: PageLine, above: PageLine | undefined): boolean {
  return above !== undefined && above.kind === 'head' && isPersonName(line.text);
}

/** The non-blank lines of `lines[from..to]` (0-based, inclusive), classified. */
export function classifyLines(lines: readonly string[], from = 0, to = lines.length - 1): PageLine[] {
  const out: PageLine[] = [];
  let gap = true;
  for (let i = from; i <= to; i++) {
    const raw = lines[i];
    if (raw === undefined) continue;
    const text = trimLine(raw);
    if (text === '') gap = true;
    else {
      const line = classifyLine(text, i + 1, gap);
      // "■ 赛场" has the shape of a boxed signature ("□ 李明"), but a signature is printed
      // right under its title; anywhere else it is a marked subhead.
      const prev = out[out.length - 1];
      if (line.kind === 'byline' && ZH_SIGNED.test(text) && prev && prev.kind !== 'head' && prev.kind !== 'deck') line.kind = 'head';
      out.push(line);
      // A credit cut off by a column break inside its brackets ("…准备春播。（全" / "媒体记者 雷晓燕 摄）")
      // is the end of the caption above, not a credit line of its own.
      if (line.kind === 'credit' && prev && leavesOpen(prev.text) && /[)）]$/.test(text)) line.kind = 'para';
      // A bare name printed under a title is the writer's signature ("林一舟"), when text follows it.
      const before = out[out.length - 3];
      if (prev && prev.kind === 'head' && out.length >= 2 && isSignature(prev, before) && line.kind !== 'deck') prev.kind = 'byline';
      gap = false;
    }
  }
  markWrappedTitles(out);
  return out;
}

// An English title too long for one column runs on to a second line in lower case
// ("Chile copper output slides" / "as strikes hit two big mines"): a two-line block set apart
// by blank lines, neither line ending a sentence. A wrapped paragraph ends with its full stop.
function markWrappedTitles(out: PageLine[]): void {
  for (let i = 1; i < out.length; i++) {
    const line = out[i]!;
    const prev = out[i - 1]!;
    const next = out[i + 1];
    if (line.kind !== 'para' || line.gapBefore || prev.kind !== 'head' || !prev.gapBefore || (next && !next.gapBefore)) continue;
    if (!/^[a-z]/.test(line.text) || !isLatinText(line.text) || !isLatinText(prev.text)) continue;
    if (headShape(line.text.charAt(0).toUpperCase() + line.text.slice(1)) !== 1) continue;
    line.kind = 'head';
  }
}
