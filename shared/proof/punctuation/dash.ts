// The Chinese dash is two em dashes (GB/T 15834 4.9). A single — between two items is the
// connecting mark (GB/T 15834 4.13: 2011—2012年, 中国—中东欧, 北京—上海), so it is left alone
// when both sides look like the ends of a range or a pair of places (both sides: a dash typed
// for a pause after a place, 来到温州—这座城市, is still a dash).
import { isAnyDigit, isAsciiLetter, isCjk, isHan } from '../chars';
import type { Finding, ProofContext } from '../types';

const DASHES = /—+|-{2,}|－{2,}/g;
// Places that commonly pair with a connecting dash in news copy.
const PAIR_LEFT = /(?:中国|中|京|州|海|港|岛|沪|津|渝|港|澳|台|杭|甬|温|苏|浙|粤|闽|赣|皖|鲁|豫|沪|欧|亚|非|美|俄|日|韩)$/;
const PAIR_RIGHT =
  /^(?:中东欧|东盟|欧盟|欧洲|亚洲|非洲|拉美|阿拉伯|中亚|东欧|太平洋|东南亚|俄罗斯|美国|日本|韩国|上海|北京|天津|重庆|广州|深圳|南京|苏州|武汉|成都|西安|长沙|郑州|青岛|厦门|福州|合肥|南昌|济南|昆明|南宁|贵阳|兰州|香港|澳门|杭州|宁波|温州|绍兴|嘉兴|湖州|金华|衢州|舟山|台州|丽水|义乌|中国|[京沪津渝港澳台杭甬温苏浙粤闽赣皖鲁豫欧亚非美俄日韩])/;

/** A number with its unit on the left and a number on the right: 2025年—2027年, 9时—17时, 3月—5月. */
function isUnitRange(text: string, i: number): boolean {
  const leftNumber = isAnyDigit(text.charCodeAt(i - 2)) || isAnyDigit(text.charCodeAt(i - 3));
  if (isAnyDigit(text.charCodeAt(i + 1))) return leftNumber;
  if (!isAnyDigit(text.charCodeAt(i + 2)) || !isAnyDigit(text.charCodeAt(i - 2))) return false;
  // 第1场—第3场 repeats on the right what comes before the left number; 各取1胜—第1回合 does not.
  let j = i - 2;
  while (j >= 0 && isAnyDigit(text.charCodeAt(j))) j--;
  return text[j] === text[i + 1];
}

/** The same word, ending in a numeral, at both ends: 周一—周五, 星期一—星期五, 初一—初五. */
const NUMERAL_END = /[一二三四五六七八九十日天]/;
function isSameWordRange(text: string, i: number): boolean {
  for (let k = 1; k <= 2; k++) {
    const left = text.slice(i - 1 - k, i - 1);
    if (left !== text.slice(i + 1, i + 1 + k) || !isHan(left.charCodeAt(0))) continue;
    if (NUMERAL_END.test(text[i - 1] ?? '') && NUMERAL_END.test(text[i + 1 + k] ?? '')) return true;
  }
  return false;
}

function isConnector(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  const alnum = (c: number) => isAnyDigit(c) || isAsciiLetter(c);
  if (alnum(prev) && alnum(next)) return true; // 2011—2012, 1—2月, A—B
  if (isUnitRange(text, i) || isSameWordRange(text, i)) return true;
  if (!isHan(prev) || !isHan(next)) return false; // a dash at an end or before punctuation is a dash
  return PAIR_LEFT.test(text.slice(Math.max(0, i - 2), i)) && PAIR_RIGHT.test(text.slice(i + 1, i + 5));
}

export function dash(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  DASHES.lastIndex = 0;
  for (let m = DASHES.exec(text); m; m = DASHES.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    if (run[0] === '—') {
      if (run.length !== 1 || isConnector(text, start)) continue;
    } else if (!isCjk(text.charCodeAt(start - 1)) && !isCjk(text.charCodeAt(end))) {
      continue; // '--' in English, code or a table rule
    }
    out.push({ rule: 'punct.dash', start, end, replacement: '——' });
  }
  return out;
}
