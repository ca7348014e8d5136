// A Han character typed twice (温州州, 发展展). Most doubled characters are right: reduplication
// (常常, 看看, 一个个) or a word boundary (学生|生活, 为了|了解, 州市|市场). A word model tells
// them apart: a slip leaves one copy stranded, so the run reads as much likelier words with
// that copy taken out (温州|州|市场 → 温州|市场), while in a reduplicated word or across a
// boundary both copies belong to words and removing one barely helps (温州市|市场 → 温州|市场).
// What a unigram model cannot see (a title after an office, a verb tried out) is listed here.
import { isAnyDigit, isHan, isSpace } from './chars';
import type { WordFrequencies } from './word-frequencies';

/** How far each side of the pair the words are read; a run of Han ends it sooner. */
const WINDOW = 6;
/**
 * How much likelier (in nats of the best segmentation) the run must read without the second
 * copy. Tuned on the injection scorer: recall of injected doubles against pairs in clean text.
 */
const SLIP_THRESHOLD = 4;
/** Organisation and place endings that also begin titles: 车站|站长, 各区|区长, 全市|市场. */
const ORG_END = new Set([...'市县区镇乡村省州站局厅处科所院校馆队社组部委会室园场店厂司行']);
const ORG_NEXT = new Set([...'长委民员级内外属域情貌务场']);
/** Characters that can't close a place or organisation name: 把村|村民 is a slip, 全村|村民 is not. */
const NOT_NAME_END = new Set([...'把与于对向从在和及的了是将被给让']);
/**
 * Verbs said twice for a short, casual try (看看, 讲讲, 坐坐, 尝尝, 挠挠头) — never before a
 * complement, so 看看见 and 坐坐在 stay slips.
 */
const VERB_AA = new Set([...'看讲聊坐尝逛拍挠听']);
const COMPLEMENT = new Set([...'见到在完懂清出起上下得过着了成好：“']);
/** 人人都, 个个都: a distributive reduplication before 都/皆. */
const DISTRIBUTIVE = new Set([...'人个家户村天年事样件处条句字门时层次']);
const ALL_OF = new Set([...'都皆']);

/** 刘欢欢说, 记者 张明明: a surname and a doubled given name, where a name stands. */
const SURNAME = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁',
  ...'任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
]);
/** Titles a name follows without a space: 局长王丽丽, 主任陈晶晶. */
const NAME_BEFORE = new Set([...'长者员师任记书总理席手人']);
/** What follows a name in a story: 说, 介绍, 表示, 告诉, 认为. */
const SAYS = new Set([...'说介表告认坦称指透笑回谈']);

/** Suffixes closing a three-character word before a word they start: 负责人|人手, 农民工|工资. */
const NOUN_SUFFIX = new Set([...'人工员者家性化区型率费界师商户']);

/** The character at i is Han; false past either end of the text. */
function hanAt(text: string, i: number): boolean {
  return isHan(text.charCodeAt(i));
}

/** How much likelier the run around the pair at i, i+1 reads with one copy removed. */
export function slipScore(text: string, i: number, words: WordFrequencies): number {
  let from = i;
  while (from > 0 && i - from < WINDOW && hanAt(text, from - 1)) from--;
  let to = i + 2;
  while (to < text.length && to - i - 2 < WINDOW && hanAt(text, to)) to++;
  const run = text.slice(from, to);
  const at = i - from;
  return words.cost(run) - words.cost(run.slice(0, at) + run.slice(at + 1));
}

/** True when the pair at i, i+1 (same character) reads as a slip. */
export function isSlipPair(text: string, i: number, words: WordFrequencies): boolean {
  const c = text[i]!;
  const before = text[i - 1] ?? '';
  const after = text[i + 2] ?? '';
  if (VERB_AA.has(c) && !COMPLEMENT.has(after)) return false;
  // 人人都 stands alone; in 年轻人人都 the first copy closes a word.
  if (DISTRIBUTIVE.has(c) && ALL_OF.has(after) && !(hanAt(text, i - 1) && (words.has(before + c) || words.has(text.slice(i - 2, i + 1))))) return false;
  // 2023年|年报, 2024年|年底: a year, then a word that starts with 年 (1870年代 has none).
  if (c === '年' && isAnyDigit(text.charCodeAt(i - 1)) && after !== '代' && words.has(c + after)) return false;
  if (ORG_END.has(c) && ORG_NEXT.has(after) && hanAt(text, i - 1) && !NOT_NAME_END.has(before)) return false;
  // 农民工|工资 is a boundary; 环卫工|工人 is 环卫工人 typed with 工 twice.
  const suffixed = text.slice(i - 2, i + 1);
  if (NOUN_SUFFIX.has(c) && words.has(suffixed) && words.has(c + after) && !words.has(suffixed + after)) return false;
  // 本报记者 程程: a token of its own between spaces is a name.
  if (isSpace(text.charCodeAt(i - 1)) && (isSpace(text.charCodeAt(i + 2)) || after === '' || after === '\n' || after === '）' || after === ')')) return false;
  const nameStarts = (!hanAt(text, i - 2) && !isAnyDigit(text.charCodeAt(i - 2))) || NAME_BEFORE.has(text[i - 2] ?? '');
  if (SURNAME.has(before) && nameStarts && (!hanAt(text, i + 2) || SAYS.has(after))) return false;
  return slipScore(text, i, words) > SLIP_THRESHOLD;
}
