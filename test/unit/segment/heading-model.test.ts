// The heading model: trained weights in the repo are exactly what `npm run train:split` makes
// from the dev corpus, and it reads the two common shapes the fixed rule used to get wrong.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { upperIsTitle } from '../../../shared/segment/heading-model';
import { segment, toCliJson } from '../../../shared/segment';
import { trainHeadingModel } from '../../../scripts/train-split';
import { headingPairs } from '../../corpus/heading-pairs';

const weightsFile = path.resolve(__dirname, '../../../shared/segment/heading-weights.json');

describe('heading model', () => {
  it('ships the weights the training script makes (deterministic, from dev and the hand-read pages only)', () => {
    expect(JSON.parse(readFileSync(weightsFile, 'utf8'))).toEqual(trainHeadingModel());
  });

  it('beats the old fixed rule by far on held-out test heads', () => {
    const test = headingPairs('test');
    const right = test.filter((p) => (upperIsTitle(p) >= 0.5 ? 1 : 0) === p.y).length / test.length;
    const rule = test.filter((p) => p.y === 0).length / test.length;
    expect(test.length).toBeGreaterThan(100);
    expect(right).toBeGreaterThan(0.8);
    expect(right - rule).toBeGreaterThan(0.25);
  });

  it('reads a title over a who-attended deck, and a kicker over a title, and flags an unsure reading', () => {
    const page = [
      '衢州召开春耕备耕现场会',
      '张三 李四出席',
      '本报衢州3月5日电 记者 李明',
      '3月4日，衢州市春耕备耕现场会在龙游县召开，部署今年春耕备耕任务。',
      '',
      '春风送暖',
      '全市新增就业岗位三千个',
      '本报讯（记者 王芳）今年一季度，全市新增城镇就业岗位三千余个，同比增长一成。',
    ].join('\n');
    const [a, b] = toCliJson(segment(page)).stories;
    expect(a).toMatchObject({ headline: '衢州召开春耕备耕现场会', kicker: null, deck: '张三 李四出席', byline: '本报衢州3月5日电 记者 李明' });
    expect(a!.paragraphs[0]).toBe('3月4日，衢州市春耕备耕现场会在龙游县召开，部署今年春耕备耕任务。');
    expect(b).toMatchObject({ headline: '全市新增就业岗位三千个', kicker: '春风送暖', deck: null });
    for (const s of segment(page)) {
      const flag = s.flags.find((f) => f.code === 'uncertain_heading');
      if (flag) expect(flag.confidence).toBeLessThan(0.75);
    }
  });
});
