// Rules added after the second blind round (the blind2-* fixtures): each case below failed
// before its rule existed. Snippets are made up in the styles of those pages.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/segment';
import { classifyLine } from '../../../shared/segment/classify';
import { echoOf } from '../../../shared/segment/echo';
import { extractDateline, isLead } from '../../../shared/segment/lead';

const kind = (t: string) => classifyLine(t, 1).kind;
const read = (page: string) =>
  segment(page).map((s) => ({ k: s.kind, h: s.headline, b: s.byline, r: [s.startLine, s.endLine], p: s.paragraphs, sub: s.subheads.map((x) => x.text) }));

describe('English wire variants', () => {
  it('reads an AFP dateline with the city in title case, but not any aside in brackets', () => {
    expect(extractDateline('Paris (AFP) - Farmers blocked roads.')).toBe('Paris (AFP) -');
    expect(extractDateline('Nairobi, Jan. 7 (Xinhua) -- Earnings rose.')).toBe('Nairobi, Jan. 7 (Xinhua) --');
    expect(isLead('Prices (mostly) - rose sharply.')).toBe(false);
    expect(isLead('Paris (France) - a city of light.')).toBe(false);
  });

  it('joins an agency line printed under the writers into the byline', () => {
    expect(kind('Associated Press')).toBe('byline');
    const page = 'Museum returns bronze head\n\nBy DAVID KIM and ERIN WALSH\nAssociated Press\n\nNEW YORK (AP) — A museum returned a head.';
    expect(read(page)).toEqual([
      { k: 'article', h: 'Museum returns bronze head', b: 'By DAVID KIM and ERIN WALSH Associated Press', r: [1, 6], p: ['NEW YORK (AP) — A museum returned a head.'], sub: [] },
    ]);
  });

  it('a short line whose continuation opens with a figure is a paragraph half, not a subhead', () => {
    const page = 'Trade Up 5 Pct\n\nBEIJING, March 7 (Xinhua) -- Trade rose.\n\nExports grew 8.1 percent and imports rose\n\n0.6 percent, customs said.';
    expect(read(page)[0]!.p).toEqual(['BEIJING, March 7 (Xinhua) -- Trade rose.', 'Exports grew 8.1 percent and imports rose 0.6 percent, customs said.']);
    expect(read(page)[0]!.sub).toEqual([]);
  });
});

describe('column-break fragments in Chinese news', () => {
  it('a title echoes the text under it, a fragment does not', () => {
    expect(echoOf('丽水发放首批“生态贷”', '丽水市首批“生态贷”日前发放，5家农业企业获得贷款。')).toBeGreaterThan(0.5);
    expect(echoOf('海宁为加快推动科研', '仪器开放共享，出台了专项补贴办法。')).toBe(0);
  });

  it('a short comma-free first half inside a 本报讯 story is neither a story nor a subhead', () => {
    const page = '海宁上线仪器共享平台\n\n本报讯（记者 甲）日前，海宁市仪器共享平台上线。\n\n海宁为加快推动科研\n\n仪器开放共享，出台了补贴办法。\n\n平台运行首月\n\n已接到订单300余单。';
    expect(read(page)).toEqual([
      {
        k: 'article',
        h: '海宁上线仪器共享平台',
        b: null,
        r: [1, 11],
        p: ['本报讯（记者 甲）日前，海宁市仪器共享平台上线。', '海宁为加快推动科研仪器开放共享，出台了补贴办法。', '平台运行首月已接到订单300余单。'],
        sub: [],
      },
    ]);
  });

  it('still splits off a titled brief printed without a lead', () => {
    const page = '甲地开通专线\n\n本报讯（记者 甲）甲地开通专线。\n\n舟山开通夜间海上巴士\n\n舟山市首条夜间海上巴士航线日前开通。';
    expect(read(page).map((s) => [s.h, s.r])).toEqual([
      ['甲地开通专线', [1, 3]],
      ['舟山开通夜间海上巴士', [5, 7]],
    ]);
  });
});

describe('features headed by questions', () => {
  const page = (extra: string) =>
    `老街何以留住年轻人？\n\n本报记者 甲\n\n第一段正文。\n\n老房子怎么改？\n\n西街有老建筑60余幢。\n\n年轻人为何愿意来？\n\n${extra}`;

  it('reads two or more short questions as subheads, and a non-question short line among them as a paragraph half', () => {
    const [s] = read(page('龙泉市为吸引青年返乡创业\n\n出台了一揽子政策。'));
    expect(s!.sub).toEqual(['老房子怎么改？', '年轻人为何愿意来？']);
    expect(s!.p).toEqual(['第一段正文。', '西街有老建筑60余幢。', '龙泉市为吸引青年返乡创业出台了一揽子政策。']);
  });

  it('leaves a single short question as a paragraph', () => {
    const [s] = read('老街新事\n\n本报记者 甲\n\n第一段正文。\n\n拆还是留？\n\n最后决定都留下。');
    expect(s!.sub).toEqual([]);
    expect(s!.p).toEqual(['第一段正文。', '拆还是留？', '最后决定都留下。']);
  });
});

describe('photo groups', () => {
  it('reads captions that each end with their own credit as one photo story, credits joined in order', () => {
    const page = '春耕时节农事忙\n\n3月20日，农机手平整土地。（本报记者 叶青 摄）\n\n3月19日，工人搬运秧盘。（通讯员 沈园 摄）\n\n3月18日，农技人员指导选种。（本报记者 周航 摄）\n\n3月17日，农户在田间施肥。（通讯员 王五 摄）';
    expect(read(page)).toEqual([
      {
        k: 'photo',
        h: '春耕时节农事忙',
        b: '本报记者 叶青 摄 通讯员 沈园 摄 本报记者 周航 摄 通讯员 王五 摄',
        r: [1, 9],
        p: ['3月20日，农机手平整土地。（本报记者 叶青 摄）', '3月19日，工人搬运秧盘。（通讯员 沈园 摄）', '3月18日，农技人员指导选种。（本报记者 周航 摄）', '3月17日，农户在田间施肥。（通讯员 王五 摄）'],
        sub: [],
      },
    ]);
  });
});
