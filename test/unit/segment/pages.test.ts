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
