// Body text → paragraphs and subheads, rejoining paragraphs a column break cut in two.
// A printed page breaks a paragraph where the column ends; the text file shows it as a
// blank line in mid-sentence. The line before then ends without a sentence-final mark and
// the line after carries on the sentence. A short line that ends without a mark is either
// the first half of such a paragraph or a subhead: the cues below tell them apart.
import type { StoryFlag, Subhead } from '../model';
import type { PageLine } from './classify';
import { inlineCredit } from './credit';
import { Paragraph, type ParagraphCues } from './paragraph';
import {
  cannotEnd,
  cannotStart,
  charCount,
  charsAtMost,
  endsMidSentence,
  endsQuestionOrExclamation,
  endsSentence,
  endsWithSemicolonOrColon,
  isLatinText,
  joinSeparator,
  leavesOpen,
  startsEnumeration,
} from './text';

export interface Body {
  paragraphs: string[];
  subheads: Subhead[];
  flags: StoryFlag[];
}

/** Below this confidence a repair is shown to the editor as uncertain. */
const REPAIR_FLAG_BELOW = 0.8;
const ZH_SUBHEAD_MAX = 30;
const EN_SUBHEAD_MAX = 80;

function isShort(text: string, latin = isLatinText(text)): boolean {
  return latin ? text.length <= EN_SUBHEAD_MAX : charsAtMost(text, ZH_SUBHEAD_MAX);
}

// A numbered or marked subhead ("一、产业升级跑出加速度", "■ 现场") is read without its number.
const SUBHEAD_NUMBER = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]\s*|[■□◆◇●○▲△◎★☆]\s*)/;

// The box or bullet before a marked subhead ("■ 赛场") is typography; a number is printed text.
const SUBHEAD_ORNAMENT = /^[■□◆◇●○▲△◎★☆][\s\u3000]*/;

// Subheads are often two balanced phrases ("强链补链,打造产业集群"); a paragraph's first half
// cut by a column break has a comma anywhere, and its last phrase is cut short.
function balancedPhrases(text: string): boolean {
  const parts = text.replace(SUBHEAD_NUMBER, '').split(/[,，、]/);
  if (parts.length < 2) return true;
  if (parts.length > 3) return false;
  const lengths = parts.map((p) => charCount(p.replace(/[“”"‘’'《》]/g, '')));
  if ((lengths[lengths.length - 1] ?? 0) < 3) return false;
  return lengths.every((n) => n >= 2 && n <= 12) && Math.max(...lengths) - Math.min(...lengths) <= 2;
}

// A line that opens like a sentence of body text — a discourse marker or a date, then a comma
// ("据介绍,新区" / "5月4日,在龙游县") — is a paragraph's first half cut by a column break.
const PARAGRAPH_OPENER =
  /^(?:据[\u4e00-\u9fff]{1,4}|目前|当前|近年来|近期|近日|日前|今年以来|去年以来|今年|去年|当天|当晚|此外|同时|与此同时|其中|如今|另外|此前|随后|然而|不过|但是|因此|为此|对此|截至[\u4e00-\u9fff\d]{0,8}|记者[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{0,4}显示|事实上|下一步|接下来|眼下|\d{1,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?(?:[上下]午|晚)?)[,，]/;
// Pronouns and anaphora point back into the text before: no title or subhead opens with them
// (nor with "这个产业园，…": a demonstrative and a measure word, then a clause, is a sentence).
const ANAPHORIC_OPENER = /^(?:该|其|此|这些|这里|这是|这也|那些|他们|她们|它们|他|她|它|[这那][个种项位家批条次座所][^，,]{0,8}[，,])/;

// Wire style spells out a number that opens a sentence, so a line opening with a figure
// ("0.6 percent, according to …", "$300,000 a trip.") carries on the line before.
const EN_FIGURE_START = /^[\d$£€]/;
// Wire subheads are set in capitals or title case ("WHAT COMES NEXT", "How It Will Work"); a
// longer line in sentence case is the first half of a paragraph.
const EN_SENTENCE_CASE_WORDS = 6;
function sentenceCaseClause(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < EN_SENTENCE_CASE_WORDS) return false;
  const lower = words.filter((w) => /^[a-z]/.test(w)).length;
  return lower * 2 > words.length;
}

// Quotes and brackets a subhead would close on its own line.
const OPENING_MARKS = '“‘《「『(（【';
const CLOSING_MARKS = '”’》」』)）】';

/** `line` is the first half of a paragraph cut by a column break: a clause with pauses, continued by `after`. */
function cutClause(line: PageLine, after: PageLine | undefined): boolean {
  if (!after || after.kind !== 'para' || isLatinText(line.text)) return false;
  return /[，,、]/.test(line.text) && !endsSentence(line.text) && endsSentence(after.text) && !/[，,、]$/.test(line.text);
}

/** A short line set apart from the text around it: a subhead, or the title of a story without a lead. */
export function isSubhead(line: PageLine, next: PageLine | undefined, after?: PageLine): boolean {
  if (line.kind !== 'head' || line.askingHead || !next) return false;
  const text = line.text;
  if (!isShort(text) || cannotEnd(text) || cannotStart(next.text) || PARAGRAPH_OPENER.test(text) || ANAPHORIC_OPENER.test(text)) return false;
  // A quote or bracket left open ("“昨天提醒今晚降温，我们提前给桃树盖了") runs on into the next line.
  if (leavesOpen(text, OPENING_MARKS, CLOSING_MARKS)) return false;
  if (isLatinText(text) && (EN_FIGURE_START.test(next.text) || sentenceCaseClause(text))) return false;
  // Two short title lines in a row are a kicker and a title, not a subhead over text — unless
  // the second opens like body text ("如今,…"): that is a paragraph cut short by a column break.
  // A second short line that is itself the first half of a cut paragraph (a clause with pauses,
  // carried on by the line under it) is not a title: "科技撑起“海上牧场”" / "平台配备了…，工作人" / "员在岸上…".
  if (next.kind === 'head' && isShort(next.text) && !endsSentence(next.text) && !PARAGRAPH_OPENER.test(next.text) && !cutClause(next, after)) return false;
  return balancedPhrases(text);
}

/**
 * How sure we are that `next` continues the paragraph `p` (0 = it does not). Its text is read
 * through a stand-in (paragraph.ts): every cue read of `para` here must be one it answers.
 */
export function continuation(p: ParagraphCues, next: PageLine, latin: boolean): number {
  if (next.kind === 'lead' || next.kind === 'byline' || next.kind === 'credit') return 0;
  const para = p.standIn;
  const text = next.text;
  // A caption's own credit ("…秧盘。（通讯员 沈园 摄）") closes it.
  if (inlineCredit(para) !== null) return 0;
  if (endsSentence(para)) {
    // "…美誉度。" + "”" or "the U.S." + "economy": the mark was not the end after all.
    if (/^[”’」』)）》,，]/.test(text)) return 0.75;
    if (latin && /^[a-z]/.test(text) && !endsQuestionOrExclamation(para)) return 0.7;
    return 0;
  }
  if (endsMidSentence(para)) return 0.95;
  const stop = endsWithSemicolonOrColon(para);
  // Items printed as paragraphs of their own each open with 一是 / (一) / 1.; "…发力:一是…;" + "二是…" is one paragraph cut in two.
  if (stop === ';') return p.opensList && startsEnumeration(text) ? 0 : 0.85;
  if (stop === ':') return startsEnumeration(text) ? 0 : 0.7;
  const paraLatin = p.latin;
  const cues = Number(cannotStart(text)) + Number(cannotEnd(para, paraLatin));
  if (!isShort(para, paraLatin)) return cues > 0 ? 0.97 : 0.9;
  // A short unfinished line that was not taken for a subhead: its comma or its continuation says so.
  return cues > 0 ? 0.9 : 0.8;
}

// English copy wrapped at a fixed width, paragraphs set apart by blank lines: a line with no
// blank above it continues its paragraph even when the line before ended a sentence.
function hardWrapped(lines: readonly PageLine[], latinStory: boolean): boolean {
  if (!latinStory || lines.length < 3) return false;
  let gaps = 0;
  for (const l of lines) if (l.gapBefore) gaps++;
  return gaps >= 2 && gaps < lines.length;
}

// Features often head their sections with short questions ("老房子怎么改？"). One short
// question between paragraphs may be a paragraph of its own; two or more make a series.
const QUESTION_SUBHEAD_MAX = 20;
const QUESTION_SERIES_MIN = 2;
function questionSubheads(lines: readonly PageLine[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const next = lines[i + 1];
    // The text under it may open with a short line of its own (a paragraph cut by a column break).
    if (line.kind !== 'head' || !line.askingHead || !next || (next.kind !== 'para' && (next.kind !== 'head' || next.askingHead))) return;
    if (charCount(line.text) > QUESTION_SUBHEAD_MAX || /[,，、;；:：]/.test(line.text)) return;
    if (prev && !endsSentence(prev.text)) return;
    found.add(i);
  });
  return found.size >= QUESTION_SERIES_MIN ? found : new Set();
}

export function readBody(lines: readonly PageLine[], latinStory: boolean): Body {
  const wrapped = hardWrapped(lines, latinStory);
  const questions = questionSubheads(lines);
  // A Chinese news story opened by a dateline lead (本报讯…) prints no subheads: a short line in
  // it is the first half of a paragraph cut by a column break (a titled story printed inside it
  // without a lead has already been split off by the boundary finder).
  const leadNews = !latinStory && lines[0]?.kind === 'lead';
  // When a story's subheads are a series of questions, a short line that is not one is a
  // paragraph's first half ("龙泉市为吸引青年返乡创业" + "出台了…").
  const subheadAt = (i: number): boolean => {
    if (questions.size > 0) return questions.has(i);
    if (leadNews) return false;
    // The text under a heading starts with a paragraph: an unmarked short first line is its first half.
    if (i === 0 && !SUBHEAD_NUMBER.test(lines[0]!.text)) return false;
    return isSubhead(lines[i]!, lines[i + 1], lines[i + 2]);
  };
  const paragraphs: string[] = [];
  const subheads: Subhead[] = [];
  const flags: StoryFlag[] = [];
  let current: Paragraph | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'rule') {
      if (current !== null) paragraphs.push(current.text());
      current = null;
      continue;
    }
    if (current !== null) {
      const confidence = wrapped && !line.gapBefore && line.kind === 'para' ? 1 : continuation(current, line, latinStory);
      if (confidence > 0) {
        current.append(joinSeparator(current.standIn, line.text, latinStory), line.text);
        if (confidence < REPAIR_FLAG_BELOW) flags.push({ code: 'uncertain_repair', confidence, line: line.n });
        continue;
      }
    }
    if (subheadAt(i)) {
      if (current !== null) paragraphs.push(current.text());
      current = null;
      subheads.push({ beforeParagraph: paragraphs.length, text: line.text.replace(SUBHEAD_ORNAMENT, '') });
      continue;
    }
    if (current !== null) paragraphs.push(current.text());
    current = new Paragraph(line.text);
  }
  if (current !== null) paragraphs.push(current.text());
  return { paragraphs, subheads, flags };
}
