import { describe, expect, it } from 'vitest';
import { findMediaTopic, findPlace, findSection, mediaTopics, placeAncestors, places, sections } from '../../../shared/tags';

describe('place vocabulary', () => {
  it('holds 34 provincial divisions, 11 Zhejiang cities and 90 Zhejiang county-level divisions', () => {
    expect(places.filter((p) => p.level === 'province')).toHaveLength(34);
    expect(places.filter((p) => p.level === 'city')).toHaveLength(11);
    expect(places.filter((p) => p.level === 'county')).toHaveLength(90);
    expect(new Set(places.map((p) => p.code)).size).toBe(places.length);
  });

  it('resolves full names, short names and codes to the same place', () => {
    expect(findPlace('舟山')?.name).toBe('舟山市');
    expect(findPlace('舟山市')?.code).toBe('330900');
    expect(findPlace('330900')?.name).toBe('舟山市');
    expect(findPlace('gb2260:330900')?.name).toBe('舟山市');
    expect(findPlace('  内蒙古 ')?.name).toBe('内蒙古自治区');
    expect(findPlace('景宁')?.name).toBe('景宁畲族自治县');
  });

  it('knows each county’s parent city and province', () => {
    const yuecheng = findPlace('越城');
    expect(yuecheng?.name).toBe('越城区');
    expect(placeAncestors(yuecheng!).map((p) => p.name)).toEqual(['绍兴市', '浙江省']);
    expect(placeAncestors(findPlace('越城区')!)[0]?.name).toBe('绍兴市');
    expect(findPlace('嵊泗')?.parent).toBe(findPlace('舟山')?.code);
    expect(findPlace('缙云')?.parent).toBe(findPlace('丽水')?.code);
    expect(findPlace('青田县')?.parent).toBe(findPlace('丽水市')?.code);
    expect(findPlace('海宁')?.parent).toBe(findPlace('嘉兴')?.code);
    expect(findPlace('温州')?.parent).toBe(findPlace('浙江')?.code);
  });

  it('still resolves ambiguous short names explicitly, but unknown names give null', () => {
    expect(findPlace('钱塘')?.name).toBe('钱塘区');
    expect(findPlace('天台')?.name).toBe('天台县');
    expect(findPlace('巴黎')).toBeNull();
    expect(findPlace('')).toBeNull();
  });
});

describe('sections and media topics', () => {
  it('lists the desk sections with stable values', () => {
    for (const zh of ['要闻', '经济', '社会', '文化', '体育', '图片']) expect(findSection(zh)?.zh).toBe(zh);
    expect(new Set(sections.map((s) => s.value)).size).toBe(sections.length);
  });

  it('has the 17 IPTC top-level media topics with zh and en labels', () => {
    expect(mediaTopics).toHaveLength(17);
    expect(mediaTopics.map((t) => t.code)).toEqual(Array.from({ length: 17 }, (_, i) => `medtop:${String(i + 1).padStart(2, '0')}000000`));
    expect(findMediaTopic('medtop:04000000')?.en).toBe('economy, business and finance');
    expect(findMediaTopic('04000000')?.zh).toBe('经济、商业和金融');
    for (const t of mediaTopics) expect(t.zh && t.en).toBeTruthy();
  });
});
