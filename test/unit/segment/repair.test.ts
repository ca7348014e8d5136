// Column-break repair: a paragraph cut by a blank line mid-sentence is rejoined; a paragraph
// that really ends, a subhead and a list item are left alone.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/segment';

const lead = '本报讯(记者 张三)近日,某县举行项目集中签约活动,共签约项目12个。';
const paras = (body: string) => segment(`示例标题\n\n${lead}\n\n${body}`)[0]!.paragraphs.slice(1);

describe('column-break repair', () => {
  it('rejoins Chinese halves with nothing between, after a comma', () => {
    expect(paras('围绕服务业锻长补短和能级重塑,\n\n当天,该区发布专项行动计划。')).toEqual(['围绕服务业锻长补短和能级重塑,当天,该区发布专项行动计划。']);
  });

  it('rejoins after an enumeration comma and before a number', () => {
    expect(paras('我们正在景宁、\n\n龙泉等地采购蔬菜。')).toEqual(['我们正在景宁、龙泉等地采购蔬菜。']);
    expect(paras('遍布世界146个国家和地区的\n\n38.1万名华侨,都是“铺货商”。')).toEqual(['遍布世界146个国家和地区的38.1万名华侨,都是“铺货商”。']);
  });

  it('rejoins a short first half when the second half cannot open a paragraph', () => {
    expect(paras('发挥“质量立市”作用,温州创造多\n\n个质量领域的“第一”。')).toEqual(['发挥“质量立市”作用,温州创造多个质量领域的“第一”。']);
  });

  it('rejoins a paragraph cut by three column breaks', () => {
    const body = '今年以来,全县新建农村公路一百二十公里,改造危桥\n\n15座,新增客运线路8条,\n\n沿线村民出行时间平均缩短\n\n二十分钟。';
    expect(paras(body)).toEqual(['今年以来,全县新建农村公路一百二十公里,改造危桥15座,新增客运线路8条,沿线村民出行时间平均缩短二十分钟。']);
  });

  it('keeps full-width punctuation as printed', () => {
    expect(paras('全县共建成服务站，\n\n覆盖所有行政村。')).toEqual(['全县共建成服务站，覆盖所有行政村。']);
  });

  it('does not join a short paragraph that really ends', () => {
    expect(paras('三十而立,迎来新阶段。\n\n在大会上,一批知名企业发起倡议。')).toEqual(['三十而立,迎来新阶段。', '在大会上,一批知名企业发起倡议。']);
  });

  it('does not join across a paragraph that ends with a dash', () => {
    expect(paras('温州也一度陷入了信任危机——\n\n由于质量问题,温州鞋被戏称为“一日鞋”。')).toHaveLength(2);
  });

  it('does not swallow a subhead, balanced comma subheads included', () => {
    const opening = '春分前后,安吉的白茶园一片嫩绿。';
    const story = segment(`示例标题\n\n本报记者 张三\n\n${opening}\n\n强链补链,打造产业集群\n\n近年来,该县着力培育龙头企业。\n\n一段重塑形象的故事\n\n“质量是生命!”这句话被写在了突出位置。`)[0]!;
    expect(story.paragraphs).toEqual([opening, '近年来,该县着力培育龙头企业。', '“质量是生命!”这句话被写在了突出位置。']);
    expect(story.subheads).toEqual([
      { beforeParagraph: 1, text: '强链补链,打造产业集群' },
      { beforeParagraph: 2, text: '一段重塑形象的故事' },
    ]);
  });

  it('joins "…:一是…;" with "二是…" but keeps list items printed as paragraphs apart', () => {
    expect(paras('该县从两方面发力:一是统一标准;\n\n二是严格溯源。')).toEqual(['该县从两方面发力:一是统一标准;二是严格溯源。']);
    expect(paras('(一)建设风景线;\n\n(二)培育特色茶室。')).toEqual(['(一)建设风景线;', '(二)培育特色茶室。']);
  });

  it('rejoins English halves with one space, and a hyphenated word with none', () => {
    const page = 'Port handles record volumes\n\nROTTERDAM, May 4 (Reuters) – The port handled a record number of containers, its operator said,\n\nas carriers moved cargo away from congested hubs.\n\nThe well-\n\nknown port has invested in automation.\n\nPrices fell, leaving them\n\n2.7% lower than a year earlier.';
    expect(segment(page)[0]!.paragraphs).toEqual([
      'ROTTERDAM, May 4 (Reuters) – The port handled a record number of containers, its operator said, as carriers moved cargo away from congested hubs.',
      'The well-known port has invested in automation.',
      'Prices fell, leaving them 2.7% lower than a year earlier.',
    ]);
  });

  it('flags a join it is unsure of', () => {
    const story = segment(`示例标题\n\n${lead}\n\n他说:\n\n“我们会继续努力。”`)[0]!;
    expect(story.paragraphs[1]).toBe('他说:“我们会继续努力。”');
    expect(story.flags).toContainEqual(expect.objectContaining({ code: 'uncertain_repair', line: 7 }));
  });

  it('reads English copy hard-wrapped at a fixed width, paragraphs set apart by blank lines', () => {
    const page =
      'Fed holds rates steady\n\nWASHINGTON, June 12 (Reuters) - The Federal Reserve held interest\nrates steady on Wednesday. Policymakers said they needed more\nevidence that inflation was cooling.\n\n"We are not in a hurry," the chair said.\n\nMarkets barely moved.';
    expect(segment(page)[0]!.paragraphs).toEqual([
      'WASHINGTON, June 12 (Reuters) - The Federal Reserve held interest rates steady on Wednesday. Policymakers said they needed more evidence that inflation was cooling.',
      '"We are not in a hurry," the chair said.',
      'Markets barely moved.',
    ]);
  });
});
