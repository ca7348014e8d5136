// Repeated characters. Three or more of one Han character in a row (文旅旅旅) is almost always a
// slip. A doubled character is usually right — reduplication (常常, 看看, 谢谢, 星星点点) or a
// word boundary (企业|业务, 中国|国家) — so a pair of function characters that never
// reduplicate is reported minus the word boundaries they do make (为了|了解, 目的|的), and any
// other pair only when word segmentation leaves one copy stranded (doubled-char.ts).
import { isSlipPair } from './doubled-char';
import type { Finding, ProofContext } from './types';

const TRIPLE = /([\u3400-\u9fff])\1{2,}/g;
// Onomatopoeia legitimately runs on: 哈哈哈, 咚咚咚.
const ONOMATOPOEIA = new Set([...'哈呵嘻嘿啦咚哒滴嘀轰隆呜汪喵咯叮当砰啪嗒哗咕噜嗡嘟呀啊哦嘎咔嚓扑呱叽喳吱嘶唰嗖噗啾咿嘭乒乓铛锵嗷哇沙呼簌']);
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
  在: '存现正所实自内外',
  与: '参给',
  并: '合吞',
  将: '即',
  就: '成造迁',
  还: '归偿退送',
  从: '服自听顺随',
  都: '首古故定',
  该: '应',
  即: '立随',
  于: '由关对至属基鉴等处',
  其: '尤极与',
  更: '变',
  和: '总温缓柔',
  着: '沿顺随朝向意',
  那: '刹',
};
/** Characters that, written after the pair, make its second half the start of a word. */
const WORD_AFTER: Record<string, string> = {
  了: '解之结然却',
  被: '告',
  把: '关握脉',
  是: '非否',
  的: '确',
  和: '谐',
  将: '军领',
  在: '于',
  都: '市会城',
  还: '款原',
  于: '是',
  着: '力重手眼实',
  之: '后前间中外内',
};

function isAabbOrAbab(text: string, i: number): boolean {
  // 的的确确 / 确确的的 (AABB) or a pair that is one half of a longer reduplication.
  return text[i + 2] === text[i + 3] || (i >= 2 && text[i - 2] === text[i - 1]);
}

/** 一个个, 一步步, 一次次: 一 + a reduplicated measure word. */
function isOneByOne(text: string, i: number): boolean {
  return text[i - 1] === '一';
}

export function repeatedCharacters(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  TRIPLE.lastIndex = 0;
  for (let m = TRIPLE.exec(text); m; m = TRIPLE.exec(text)) {
    const ch = m[1] ?? '';
    if (ONOMATOPOEIA.has(ch)) continue;
    if (REPLIES.has(ch) && m[0].length <= 4 && standsAlone(text, m.index, m.index + m[0].length)) continue;
    // A reduplicated word said twice (谢谢谢谢，) fills its clause; a slip leaves an odd run.
    if (m[0].length === 4 && standsAlone(text, m.index, m.index + 4)) continue;
    out.push({ rule: 'repeat.char', start: m.index, end: m.index + m[0].length, replacement: ch });
  }
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const i = m.index;
    const ch = m[1] ?? '';
    if (text[i + 2] === ch || (i > 0 && text[i - 1] === ch)) continue; // a run of three: reported above
    if (isAabbOrAbab(text, i) || isOneByOne(text, i) || ONOMATOPOEIA.has(ch)) continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 2] ?? '';
    if (before && (WORD_BEFORE[ch] ?? '').includes(before)) continue;
    if (after && (WORD_AFTER[ch] ?? '').includes(after)) continue;
    if (!FUNCTION_CHARS.includes(ch) && !isSlipPair(text, i)) continue;
    out.push({ rule: 'repeat.char', start: i, end: i + 2, replacement: ch });
  }
  return out;
}
