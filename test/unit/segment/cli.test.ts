// The split command as QA runs it: a separate process through the CLI dispatcher.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const seed = join(root, 'seeds', '000_fd21b5ce20d5087d.txt');

function galley(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'electron/cli/galley.ts', 'split', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('galley split', () => {
  it('prints the stories as JSON with --json', () => {
    const r = galley(seed, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { stories: Array<Record<string, unknown>> };
    const expected = JSON.parse(readFileSync(seed.replace(/\.txt$/, '.expected.json'), 'utf8')) as { stories: Array<Record<string, unknown>> };
    expect(Object.keys(out)).toEqual(['stories']);
    // Every key of the expected file exactly; kicker and deck are printed too, after subheadline.
    expect(out.stories.map(({ flags: _f, kicker: _k, deck: _d, ...s }) => s)).toEqual(expected.stories);
    expect(Object.keys(out.stories[0]!).slice(0, 5)).toEqual(['kind', 'headline', 'subheadline', 'kicker', 'deck']);
    expect(out.stories.map((s) => [s['kicker'], s['deck']])).toEqual([
      [null, '——温州三十年如一日坚持“质量立市”'],
      [null, null],
      [null, null],
      [null, null],
      [null, null],
      [null, null],
      ['青田打造侨乡国际农产品加工储运园助力农产品出口', null],
    ]);
  });

  it('reads a GB18030 page', () => {
    const r = galley(join(root, 'test', 'fixtures', 'pages', 'zh-gb18030.txt'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stories[1].headline).toBe('老街焕新 烟火气回来了');
  });

  it('prints a readable outline without --json', () => {
    const r = galley(seed);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('7 stories');
    expect(r.stdout).toContain('一个城市的执着');
    // The deck under story 1's title, the kicker above story 7's, each named.
    expect(r.stdout).toMatch(/headline: +一个城市的执着\n {2}deck: +——温州三十年如一日坚持“质量立市”\n/);
    expect(r.stdout).toMatch(/kicker: +青田打造侨乡国际农产品加工储运园助力农产品出口\n {2}headline: +山里的土货卖到了全世界\n/);
    expect(r.stdout).toContain('missing_headline');
  });

  it('rejects a missing file with a message and a non-zero exit', () => {
    const r = galley(join(root, 'no-such-page.txt'), '--json');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot be read/);
  });

  it('rejects a binary file with a message and a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-split-'));
    const file = join(dir, 'image.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    const r = galley(file, '--json');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/not a text file/);
  });

  it('rejects a call without a file', () => {
    const r = galley('--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
