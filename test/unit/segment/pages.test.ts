// Every page under test/fixtures/pages (and the seed) read through the importer, as the CLI
// does, must split exactly as its <name>.expected.json says. Only the keys present in the
// expected file are compared; `flags` are the splitter's own extra.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../../electron/service/importer';
import { segment, toCliJson } from '../../../shared/segment';

const root = join(__dirname, '..', '..', '..');
const pagesDir = join(root, 'test', 'fixtures', 'pages');

interface Expected {
  stories: Array<Record<string, unknown>>;
}

function pick(actual: Record<string, unknown>, like: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(like).map((k) => [k, actual[k]]));
}

async function expectPage(txt: string, expectedJson: string): Promise<void> {
  const expected = JSON.parse(readFileSync(expectedJson, 'utf8')) as Expected;
  const { text } = await readSourceFile(txt);
  const actual = toCliJson(segment(text)).stories as unknown as Array<Record<string, unknown>>;
  expect(actual.map((s) => [s.startLine, s.endLine])).toEqual(expected.stories.map((s) => [s.startLine, s.endLine]));
  expected.stories.forEach((story, i) => {
    expect(pick(actual[i]!, story), `story ${i + 1}`).toEqual(story);
  });
}

describe('the seed page', () => {
  it('splits exactly as seeds/000_fd21b5ce20d5087d.expected.json', async () => {
    await expectPage(join(root, 'seeds', '000_fd21b5ce20d5087d.txt'), join(root, 'seeds', '000_fd21b5ce20d5087d.expected.json'));
  });
});

const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.txt'));

describe('fixture pages', () => {
  it('has at least eight pages, each with its expected split', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const p of pages) expect(readdirSync(pagesDir)).toContain(p.replace(/\.txt$/, '.expected.json'));
  });

  for (const page of pages) {
    it(`${page} splits as expected`, async () => {
      await expectPage(join(pagesDir, page), join(pagesDir, page.replace(/\.txt$/, '.expected.json')));
    });
  }
});

// The CLI's `subheadline` is the kicker and the deck joined (subheadlineOf); these pin the two
// apart, in printed order, on pages that print them: a deck only, a kicker on the title's line,
// a kicker line above, both around one title, and an English label.
const kickersAndDecks: Array<[page: string, startLine: number, kicker: string | null, headline: string, deck: string | null]> = [
  ['seeds/000_fd21b5ce20d5087d.txt', 3, null, '一个城市的执着', '——温州三十年如一日坚持“质量立市”'],
  ['seeds/000_fd21b5ce20d5087d.txt', 134, '青田打造侨乡国际农产品加工储运园助力农产品出口', '山里的土货卖到了全世界', null],
  ['test/fixtures/pages/zh-kickers.txt', 2, '数字赋能乡村振兴', '湖州小山村有了“云端菜园”', null],
  ['test/fixtures/pages/blind-zh-fullwidth-feature.txt', 1, '安吉竹产业转型升级调查', '一根竹子撬动百亿产业', '——从“卖竹子”到“卖风景”“卖技术”'],
  ['test/fixtures/pages/blind4-zh-titles-gb18030.txt', 1, '全省首批未来乡村建设', '交出“成绩单”', '——100个试点村集体经济收入平均增长两成'],
  ['test/fixtures/pages/blind4-en-newsroom.txt', 1, 'ANALYSIS', 'Why the Fed may wait longer than markets expect', null],
];

describe('kicker and deck', () => {
  for (const [page, startLine, kicker, headline, deck] of kickersAndDecks) {
    it(`${page} line ${startLine}: kicker ${kicker ?? '–'}, deck ${deck ?? '–'}`, async () => {
      const { text } = await readSourceFile(join(root, page));
      const story = toCliJson(segment(text)).stories.find((s) => s.startLine === startLine);
      expect(story).toBeDefined();
      expect({ kicker: story!.kicker, headline: story!.headline, deck: story!.deck }).toEqual({ kicker, headline, deck });
      // …and the one-value subheadline the split command has always printed: kicker first, then the deck.
      expect(story!.subheadline).toBe([kicker, deck].filter((x) => x !== null).join(' ') || null);
    });
  }
});
