// A Han character typed twice (温州州, 发展展). Most doubled characters are right: reduplication
// (常常, 看看, 一个个) or a word boundary (学生|生活, 为了|了解, 州市|市场). ICU's dictionary word
// segmentation (Intl.Segmenter, no dependency) tells them apart: a pair inside one word is
// reduplication, a pair where each copy belongs to a longer word is a boundary, and a copy left
// standing alone beside a word that already ends (or starts) with the same character is a slip.
// Segmentation is slow, so it runs only on a short window around each pair.

const WINDOW = 6;
/** Organisation and place endings that also begin titles: 车站|站长, 各区|区长, 温州市|市场. */
const ORG_END = new Set([...'市县区镇乡村省州站局厅处科所院校馆队社组部委会室园场店厂司行']);
const ORG_NEXT = new Set([...'长委民员级内外属域情貌务场']);
/** Verbs that reduplicate before their object: 帮帮忙, 见见面, 散散步 (帮|帮忙 looks like 以|以来). */
const VERB_OBJECT = new Set([...'说帮见唱洗跳散聊走看想谈问试听读写画玩逛敲揉捶搓扫擦']);
/** A gesture verb doubled before a body part is one casual act: 点点头, 摇摇头, 拍拍手, 眨眨眼. */
const BODY_PART = new Set([...'头手脚眼腰肩脸嘴腿背身脑胸肚']);

/** Suffixes that make a three-character word ICU may lack (农民工|工资, 负责人|人手, 现代化|化肥). */
const NOUN_SUFFIX = new Set([...'人工员者家性化区型率费界师商户']);

const PARTICLES = new Set([...'的了是在和与也都就着过地得们上下中里等']);

let segmenter: Intl.Segmenter | undefined;

function words(s: string): Array<[number, number]> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: Array<[number, number]> = [];
  for (const w of segmenter.segment(s)) out.push([w.index, w.index + w.segment.length]);
  return out;
}

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** True when the pair at i, i+1 (same character) reads as a slip. */
export function isSlipPair(text: string, i: number): boolean {
  const c = text[i]!;
  if (ORG_END.has(c) && ORG_NEXT.has(text[i + 2] ?? '')) return false;
  let from = i;
  while (from > 0 && i - from < WINDOW && isHanCode(text.charCodeAt(from - 1))) from--;
  let to = i + 2;
  while (to < text.length && to - i - 2 < WINDOW && isHanCode(text.charCodeAt(to))) to++;
  const ws = words(text.slice(from, to));
  const a = i - from;
  const first = ws.find(([s, e]) => s <= a && a < e)!;
  const second = ws.find(([s, e]) => s <= a + 1 && a + 1 < e)!;
  if (first === second) return false; // one word: reduplication or an idiom
  const leftJoined = first[1] - first[0] > 1;
  const rightJoined = second[1] - second[0] > 1;
  if (leftJoined && rightJoined) return false; // 学生|生活
  if (leftJoined) {
    // 温州|州|市场. ICU's dictionary is small, so a lone copy followed by another lone character
    // may be the start of a word it lacks (公车|车|窗, 车站|站|长): trust it only before a
    // dictionary word, the end of the run, or a particle.
    const next = ws.find(([s]) => s === second[1]);
    return !next || next[1] - next[0] > 1 || PARTICLES.has(text[from + next[0]] ?? '');
  }
  if (rightJoined) {
    if (VERB_OBJECT.has(c) || NOUN_SUFFIX.has(c)) return false;
    if (second[1] - second[0] === 2 && BODY_PART.has(text[i + 2] ?? '')) return false;
    // 今年|以|以来: the first copy stands alone between two words, and stays alone when the
    // text before is segmented without the second copy (not 温州市|市场).
    const prev = ws.find(([, e]) => e === first[0]);
    if (!prev || prev[1] - prev[0] < 2) return false;
    const left = words(text.slice(from, i + 1));
    const last = left[left.length - 1]!;
    return last[1] - last[0] === 1;
  }
  return false; // 年|年, 试|试: single-character reduplication
}
