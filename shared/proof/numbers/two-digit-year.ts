// '24年3月', '23年底': a year cut to two digits (GB/T 15835 4.2.2 wants 2024年). Counted years
// (30年前, 30年来, 用了10年初见成效) stay, so only a calendar word after 年 makes it a year.
import type { Finding, ProofContext } from '../types';

const YEAR =
  /(?<![0-9０-９.．])(?<!第|近|前|后|每|这|几|多|约|超|逾|达|了|用|过|花|经|满|整)(\d{2})年(?=\d{1,2}月|[底末]|初(?:[，,。、的以至起开]|$)|上半年|下半年|全年|前三季度|[一二三四]季度|第[一二三四]季度|春节|元旦)/g;

export function twoDigitYears(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    out.push({ rule: 'number.two-digit-year', start: m.index, end: m.index + 3, replacement: null });
  }
  return out;
}
