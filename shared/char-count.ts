// 字数 as Chinese newsrooms count it: every CJK character and full-width mark counts one;
// a run of Latin letters or digits (a word, a number) also counts one; spaces count nothing.
const UNIT = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]|[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*|[^\sA-Za-z0-9]/gu;

export function charCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(UNIT)) n++;
  return n;
}
