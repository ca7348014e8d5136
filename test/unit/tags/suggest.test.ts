import { describe, expect, it } from 'vitest';
import { emptyFields, type Story } from '../../../shared/model';
import { findOrgMentions, findPlaceMentions, leadCredit, namesInCredit, suggestTags } from '../../../shared/tags';
import { seedStories } from '../../fixtures/export/stories';

const seed = seedStories();
const byHeadline = (needle: string) => {
  const story = seed.find((s) => s.edited.headline?.includes(needle));
  if (!story) throw new Error(`seed story ${needle} not found`);
  return story;
};
const labels = (story: Story, type: string) =>
  suggestTags(story).filter((s) => s.tag.type === type).map((s) => s.tag.label);

describe('credits', () => {
  it('reads people from bylines and lead credits, skipping role words and groups', () => {
    expect(namesInCredit('本报记者 王艳琼')).toEqual(['王艳琼']);
    expect(namesInCredit('本报记者 黄宇璐 通讯员 姚峰 徐启欢 摄')).toEqual(['黄宇璐', '姚峰', '徐启欢']);
    expect(namesInCredit(leadCredit('本报讯(记者 郭敏 县委报道组 汪峰立 通讯员 詹莹)“没想到……')!)).toEqual(['郭敏', '汪峰立', '詹莹']);
    expect(namesInCredit('记者 褚晶君 共享联盟·海宁 胡晓琳 葛祎凡')).toEqual(['褚晶君', '胡晓琳', '葛祎凡']);
    expect(leadCredit('近日,本报讯没有括号')).toBeNull();
  });
});

describe('place mentions', () => {
  it('takes the longest name at each position and skips ambiguous short names in text', () => {
    expect(findPlaceMentions('绍兴市越城区举行大会').map((m) => m.place.name)).toEqual(['绍兴市', '越城区']);
    expect(findPlaceMentions('位于钱塘江与长江入海口').map((m) => m.place.name)).toEqual([]);
    expect(findPlaceMentions('杭州市钱塘区').map((m) => m.place.name)).toEqual(['杭州市', '钱塘区']);
    expect(findPlaceMentions('宁波舟山港').map((m) => m.place.name)).toEqual(['宁波市', '舟山市']);
  });
});

describe('organisation mentions', () => {
  it('finds names by suffix and stops at punctuation and function words', () => {
    const names = (t: string) => findOrgMentions(t).map((m) => m.name);
    expect(names('近日,浙江凯盈新材料有限公司研发总监说')).toEqual(['浙江凯盈新材料有限公司']);
    expect(names('当时的温州市质量技术监督局牵头')).toEqual(['温州市质量技术监督局']);
    expect(names('温州市市场监督管理局副局长王清秀')).toEqual(['温州市市场监督管理局']);
    expect(names('这是新的格局。一家医院和行业协会')).toEqual([]);
    expect(names('海宁与浙江大学国际联合学院合作')).toEqual(['浙江大学国际联合学院']);
  });
});

describe('suggestTags on the seed page', () => {
  it('suggests 温州 for the Wenzhou story, from the headline deck, with its byline author', () => {
    const story = byHeadline('一个城市的执着');
    const suggestions = suggestTags(story);
    const wenzhou = suggestions.find((s) => s.tag.label === '温州市');
    expect(wenzhou?.tag).toEqual({ type: 'place', value: 'gb2260:330300', label: '温州市' });
    expect(wenzhou?.reason).toMatch(/标题/);
    expect(suggestions[0]?.tag.label).toBe('温州市');
    expect(labels(story, 'person')).toEqual(['王艳琼']);
    expect(labels(story, 'org')).toContain('正泰集团');
    expect(labels(story, 'topic')).toContain('经济、商业和金融');
  });

  it('suggests 海宁 (and its city 嘉兴) for the headline-less story, with the lead credit names', () => {
    const story = seed.find((s) => s.edited.headline === null && s.edited.paragraphs[0]?.includes('海宁'))!;
    expect(labels(story, 'place').slice(0, 1)).toEqual(['海宁市']);
    const jiaxing = suggestTags(story).find((s) => s.tag.label === '嘉兴市');
    expect(jiaxing?.reason).toContain('海宁市');
    expect(labels(story, 'person')).toEqual(['褚晶君', '胡晓琳', '葛祎凡']);
    expect(labels(story, 'org')).toContain('浙江凯盈新材料有限公司');
  });

  it('suggests 嵊泗 first and 舟山 for the Shengsi story, without the Qiantang river', () => {
    const story = byHeadline('嵊泗');
    const places = labels(story, 'place');
    expect(places[0]).toBe('嵊泗县');
    expect(places).toContain('舟山市');
    expect(places).not.toContain('钱塘区');
    expect(labels(story, 'topic')[0]).toBe('环境');
  });

  it('suggests 缙云 and its city 丽水 for the Jinyun story', () => {
    const story = byHeadline('缙云');
    expect(labels(story, 'place')).toEqual(['缙云县', '丽水市']);
    expect(labels(story, 'person')).toEqual(['郭敏', '汪峰立', '詹莹']);
    expect(labels(story, 'org')).toContain('缙云县中正节能建材有限公司');
  });

  it('suggests 越城 with 绍兴 for the Yuecheng story', () => {
    const story = byHeadline('越城');
    expect(labels(story, 'place')).toEqual(['越城区', '绍兴市']);
    expect(labels(story, 'person')).toEqual(['王佳']);
  });

  it('suggests 宁波 and 舟山, the photographers and the photo section for the photo', () => {
    const story = seed.find((s) => s.kind === 'photo')!;
    expect(labels(story, 'place').sort()).toEqual(['宁波市', '舟山市'].sort());
    expect(labels(story, 'person')).toEqual(['黄宇璐', '姚峰', '徐启欢']);
    expect(labels(story, 'section')).toEqual(['图片']);
  });

  it('suggests 青田 first for the Qingtian story, then 丽水', () => {
    const story = byHeadline('山里的土货');
    const places = labels(story, 'place');
    expect(places.slice(0, 2)).toEqual(['青田县', '丽水市']);
    expect(labels(story, 'org')).toContain('青田中智物产贸易有限公司');
  });

  it('accepts bare Fields and gives a reason for every suggestion', () => {
    const all = seed.flatMap((s) => suggestTags(s.edited));
    expect(all.length).toBeGreaterThan(20);
    for (const s of all) expect(s.reason.length).toBeGreaterThan(0);
    expect(suggestTags(emptyFields())).toEqual([]);
  });
});
