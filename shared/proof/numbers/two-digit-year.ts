// '24年3月', '23年底': a year cut to two digits (GB/T 15835 4.2.2 wants 2024年). Counted years
// (30年前, 30年来, 用了10年初见成效) stay, so only a calendar word after 年 makes it a year —
// or, where a clause or a time preposition opens (从21年起, 22年，县里出台…), 起/以来/一个逗号;
// round numbers there (30年，弹指一挥间) are left alone as likely counts. A report names its
// year (披露23年年报, 23年Q3财报); a count of years is 年均 or 年来, not 年报.
import type { Finding, ProofContext } from '../types';

const YEAR =
  /(?<![0-9０-９.．])(?<!第|近|前|后|每|这|几|多|约|超|逾|达|了|用|过|花|经|满|整)(\d{2})年(?=\d{1,2}月|[底末]|初(?:[，,。、的以至起开]|$)|上半年|下半年|全年|全[省市县区国]|我[省市县区国]|前三季度|[一二三四]季度|第[一二三四]季度|春节|元旦|年报|年度|财报|Q[1-4])/g;
// 82年出版, 05年毕业: an event dated by its year; not after 历时/耗时 (历时12年建成 is a count).
const YEAR_OF_EVENT =
  /(?<![0-9０-９.．])(?<!时|历|期|共|了|用|近|每|第|约|达)(\d[1-9])年(?=出版|出生|生人|毕业|入学|参军|参加工作|建成|竣工|成立|落成|开业|开工|投产|创办|创建|版)/g;
// 由22年的45%提高到78%: a year's figure compared with another's (a count reads 10年的努力).
const YEAR_OF_FIGURE = /(?<![0-9０-９.．])(?<!第|近|前|后|每|这|几|多|约|超|逾|达|了|用|过|花|经|满|整)(\d{2})年的(?=\d)/g;
// 比20年提高, 较19年增长: compared with a year (a count compares a span: 比10年前).
const YEAR_COMPARED = /(?<=比|较)(\d\d)年(?=[增提下上减高低多少翻扩缩]|同期)/g;
const YEAR_OPENING_CLAUSE = /(?<=^|[\n，。；：！？“（、])(\d[1-9])年(?=起|以来|[，、至到—])/g;
// 出现在20年。 从21年起: after a time preposition even a round number is a year (a count reads 在20年内).
// 将在28年由…承办, 在22年举行: an event is hosted in a year, not over a span.
// Bare 至/到 end counts as often as dates (期限由10年延长至15年，), so they need 截至/直到.
const YEAR_AFTER_PREPOSITION = /(?<=(?:^|[^存实正所内])[在于从自]|截至|直到|早在)(?<!(?:^|[^出体展呈])现在)(\d\d)年(?=起|以来|[，。；、至到—]|由|举办|举行|召开)/g;

export function twoDigitYears(ctx: ProofContext): Finding[] {
  if (ctx.lang !== 'zh') return [];
  const { text } = ctx;
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const re of [YEAR, YEAR_OPENING_CLAUSE, YEAR_AFTER_PREPOSITION, YEAR_OF_EVENT, YEAR_OF_FIGURE, YEAR_COMPARED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      out.push({ rule: 'number.two-digit-year', start: m.index, end: m.index + 3, replacement: null });
    }
  }
  return out;
}
