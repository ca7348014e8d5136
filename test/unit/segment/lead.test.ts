import { describe, expect, it } from 'vitest';
import { extractDateline, isLead } from '../../../shared/segment/lead';

describe('dateline leads', () => {
  const cases: Array<[string, string]> = [
    ['本报讯(记者 褚晶君 共享联盟·海宁 胡晓琳)如何在几百颗银粉中找到玻璃粉?', '本报讯(记者 褚晶君 共享联盟·海宁 胡晓琳)'],
    ['本报讯 记者 张三 通讯员 李四 近日,某地召开大会。', '本报讯'],
    ['本报宁波3月2日讯(记者 王五)3月1日,某港区开通新航线。', '本报宁波3月2日讯(记者 王五)'],
    ['本报丽水11月8日电(记者 吴丹)在丽水遂昌的山区……', '本报丽水11月8日电(记者 吴丹)'],
    ['新华社北京1月8日电（记者 高远）记者8日从国家统计局获悉……', '新华社北京1月8日电（记者 高远）'],
    ['BERLIN, May 4 (Reuters) – German exports fell.', 'BERLIN, May 4 (Reuters) –'],
    ['PORTLAND, Maine (AP) — Residents voted on Tuesday.', 'PORTLAND, Maine (AP) —'],
    ['NEW YORK, Jan. 5 (Reuters) - Stocks rose.', 'NEW YORK, Jan. 5 (Reuters) -'],
    ['BEIJING, May 9 (Xinhua) -- China\'s exports rose.', 'BEIJING, May 9 (Xinhua) --'],
  ];
  for (const [line, dateline] of cases) {
    it(`reads ${dateline}`, () => {
      expect(isLead(line)).toBe(true);
      expect(extractDateline(line)).toBe(dateline);
    });
  }

  it('does not take ordinary paragraphs for leads', () => {
    for (const line of ['记者从省交通运输厅获悉,今年春运客流创新高。', '3月1日,龙游产业园正式开园。', 'The IMF said on Tuesday growth would slow.', 'U.S. stocks rose (slightly) - traders said.']) {
      expect(isLead(line), line).toBe(false);
    }
  });
});
