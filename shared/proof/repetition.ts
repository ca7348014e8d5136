// Repeated characters. Three or more of one Han character in a row (文旅旅旅) is almost always a
// slip. A doubled character is usually right — reduplication (常常, 看看, 谢谢, 星星点点) or a
// word boundary (企业|业务, 中国|国家) — so a pair of function characters that never
// reduplicate is reported minus the word boundaries they do make (为了|了解, 目的|的), and any
// other pair only when word segmentation leaves one copy stranded (doubled-char.ts).
import { isAnyDigit, isHan } from './chars';
import { isSlipPair, slipScore } from './doubled-char';
import type { Finding, ProofContext } from './types';
import type { WordFrequencies } from './word-frequencies';

const TRIPLE = /([\u3400-\u9fff])\1{2,}/g;
// Onomatopoeia legitimately runs on: 哈哈哈, 咚咚咚.
const ONOMATOPOEIA = new Set([...'哈呵嘻嘿啦咚哒滴嘀轰隆呜汪喵咯叮砰啪嗒哗咕噜嗡嘟呀啊哦嘎咔嚓扑呱叽喳吱嘶唰嗖噗啾咿嘭乒乓铛锵嗷哇沙呼簌嗤']);
// Quick replies said three times (“好好好”，对对对，快快快！) stand alone between marks.
const REPLIES = new Set([...'好对是行嗯来走快买干冲看']);
const MARK_OR_EDGE = /^$|[\s，。！？、；：“”‘’…—「」]/;

function standsAlone(text: string, start: number, end: number): boolean {
  return MARK_OR_EDGE.test(text[start - 1] ?? '') && MARK_OR_EDGE.test(text[end] ?? '');
}

const FUNCTION_CHARS = '的了是在和与及并将被把从也都就还而但或该们这那很更已又再却即于其之着';
const PAIR = /([\u3400-\u9fff])\1/g;
/** Characters that, written before the pair, make its first half the end of a word. */
const WORD_BEFORE: Record<string, string> = {
  的: '目',
  在: '存现所实自内外',
  与: '给',
  并: '合吞',
  将: '即',
  就: '成造迁',
  还: '归偿退送',
  从: '服自听顺随',
  都: '首古故定',
  其: '尤极与',
  更: '变',
  和: '总温缓柔',
  那: '刹',
};
/** Characters that, written after the pair, make its second half the start of a word. */
const WORD_AFTER: Record<string, string> = {
  了: '解之结然却',
  被: '告',
  把: '关握脉',
  是: '非否',
  与: '否',
  的: '确',
  和: '谐',
  将: '军领',
  都: '市城',
  还: '款原',
  于: '是',
  着: '力重手眼实',
};

function hanAt(text: string, i: number): boolean {
  return isHan(text.charCodeAt(i));
}

/** 哗哗 is a sound; in 兴隆隆 and 招呼呼 the first copy closes a word with the character before. */
function closesWord(text: string, i: number, words: WordFrequencies | undefined): boolean {
  const before = text[i - 1] ?? '';
  return !!words && hanAt(text, i - 1) && !ONOMATOPOEIA.has(before) && words.has(before + text[i]!);
}

/**
 * The pair is half of an AABB form (的的确确, 高高兴兴, 家家户户). With the word model the form
 * must be a word (jieba lists the AABB forms): 慢慢地地 and 为了了解解 are slips.
 */
function isAabb(text: string, i: number, words: WordFrequencies | undefined): boolean {
  const formAt = (start: number): boolean =>
    start >= 0 && hanAt(text, start) && text[start] === text[start + 1] && hanAt(text, start + 2) &&
    text[start + 2] === text[start + 3] && text[start] !== text[start + 2] &&
    (!words || words.has(text.slice(start, start + 4)));
  return formAt(i) || formAt(i - 2);
}

/** Units of measure after a number. */
const UNITS = new Set([...'元角米克吨升斤亩顷秒分时日月周岁倍度']);
/** Measure words that reduplicate after 一: 一个个, 一步步, 一户户, 一项项. */
const MEASURE = new Set([...'个步次条套户天项亩处张件座栋排辆台本颗片朵棵株串双对份篇封首支只名位家间层道场批种样幅群团堆块代笔回趟句字声页行箱盒袋瓶杯碗盏扇根枝架艘部门环节级波轮茬滴点卷筐桶捆摞叠幢盘碟粒枚丛簇列队拨册段章题桩宗届期番遍阵组副匹尾摊']);

/** 27种种, 8.6万次次, 12.6万亩亩: a unit after a number is never reduplicated (2023年|年底 is a boundary). */
function isUnitAfterNumber(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '年' || !MEASURE.has(ch) && !UNITS.has(ch)) return false;
  const before = text[i - 1] ?? '';
  return isAnyDigit(text.charCodeAt(i - 1)) || ('万亿千百'.includes(before) && isAnyDigit(text.charCodeAt(i - 2)));
}

/** 等等 closes a list; inside a sentence (等等方面, 等等18个领域) it is 等 typed twice. */
function isEtceteraInside(text: string, i: number): boolean {
  return text[i] === '等' && (hanAt(text, i + 2) || isAnyDigit(text.charCodeAt(i + 2)));
}

/** 一步一步步, 一户户一户: a copy too many in 一X一X. */
function isOneByOneOverrun(text: string, i: number): boolean {
  const ch = text[i]!;
  return text[i - 1] === '一' && ((text[i - 3] === '一' && text[i - 2] === ch) || (text[i + 2] === '一' && text[i + 3] === ch));
}

/** 一个个, 一步步, 一次次: 一 + a reduplicated measure word (not 第一班班, not 一季季度). */
function isOneByOne(text: string, i: number, words: WordFrequencies | undefined): boolean {
  const ch = text[i]!;
  if (text[i - 1] !== '一' || text[i - 2] === '第' || !MEASURE.has(ch)) return false;
  // In 进一步步 the first copy ends a word: not a measure word at all.
  return !words || !words.has(text.slice(i - 2, i + 1));
}

export function repeatedCharacters(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  TRIPLE.lastIndex = 0;
  for (let m = TRIPLE.exec(text); m; m = TRIPLE.exec(text)) {
    const ch = m[1] ?? '';
    if (ONOMATOPOEIA.has(ch) && !closesWord(text, m.index, ctx.words)) continue;
    if (REPLIES.has(ch) && m[0].length <= 4 && standsAlone(text, m.index, m.index + m[0].length)) continue;
    // A reduplicated word said twice (谢谢谢谢，) fills its clause; a slip leaves an odd run.
    if (m[0].length === 4 && standsAlone(text, m.index, m.index + 4)) continue;
    out.push({ rule: 'repeat.char', start: m.index, end: m.index + m[0].length, replacement: ch });
  }
  PAIR.lastIndex = 0;
  const { words } = ctx;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const i = m.index;
    const ch = m[1] ?? '';
    if (text[i + 2] === ch || (i > 0 && text[i - 1] === ch)) continue; // a run of three: reported above
    const certain = isOneByOneOverrun(text, i) || isUnitAfterNumber(text, i) || isEtceteraInside(text, i);
    if (!certain && (isAabb(text, i, words) || isOneByOne(text, i, words))) continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 2] ?? '';
    if (ONOMATOPOEIA.has(ch) && !closesWord(text, i, words)) continue;
    if (FUNCTION_CHARS.includes(ch)) {
      // Never reduplicated, but a known boundary (为了|了解, 目的|的) stands unless the word model
      // finds the run far likelier without the copy than a stray particle explains (举着|着手|机).
      const boundary = (WORD_BEFORE[ch] ?? '').includes(before || '\0') || (WORD_AFTER[ch] ?? '').includes(after || '\0');
      if (boundary && !(words && slipScore(text, i, words) > words.cost(ch) + 1)) continue;
    } else if (!certain && !(words && isSlipPair(text, i, words))) continue;
    out.push({ rule: 'repeat.char', start: i, end: i + 2, replacement: ch });
  }
  return out;
}
