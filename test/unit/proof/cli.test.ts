import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function galley(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'electron/cli/galley.ts', 'proof', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface CliSuggestion {
  rule: string;
  line: number;
  start: number;
  end: number;
  text: string;
  replacement: string | null;
  message: string;
}

describe('galley proof', () => {
  it('prints the seed page findings as JSON with page offsets and lines', () => {
    const seed = readFileSync('seeds/000_fd21b5ce20d5087d.txt', 'utf8').replace(/\r\n?/g, '\n');
    const r = galley('seeds/000_fd21b5ce20d5087d.txt', '--json');
    expect(r.code).toBe(0);
    const { suggestions } = JSON.parse(r.out) as { suggestions: CliSuggestion[] };
    expect(suggestions.find((s) => s.rule === 'repeat.char')).toMatchObject({ line: 115, text: '旅旅旅', replacement: '旅' });
    expect(suggestions.filter((s) => s.rule === 'punct.nested-quote').every((s) => s.line === 107)).toBe(true);
    expect(suggestions.some((s) => s.rule === 'punct.halfwidth' && s.text === '(' && s.line === 69)).toBe(true);
    for (const s of suggestions) {
      expect(Object.keys(s).sort()).toEqual(['end', 'line', 'message', 'replacement', 'rule', 'start', 'text']);
      expect(seed.slice(s.start, s.end)).toBe(s.text);
      expect(seed.slice(0, s.start).split('\n').length).toBe(s.line);
      expect(typeof s.message).toBe('string');
    }
  });

  it('prints nothing to fix for the clean page, and a readable list without --json', () => {
    const json = galley('test/fixtures/proof/clean-page.txt', '--json');
    expect(JSON.parse(json.out)).toEqual({ suggestions: [] });
    const dir = mkdtempSync(join(tmpdir(), 'galley-proof-'));
    const file = join(dir, 'page.txt');
    writeFileSync(file, '标题\r\n\r\n温州,文旅旅旅总部。\r\n');
    const r = galley(file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('page.txt:3  punct.halfwidth');
    expect(r.out).toContain('"旅旅旅" → "旅"');
  });

  it("finds a doubled character with jieba's word model, and leaves reduplication alone", () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-proof-'));
    const file = join(dir, 'page.txt');
    writeFileSync(file, '市场新闻\n\n本报讯 温州州市场监管部门今天发布通知，村民们常常说说笑笑。\n');
    const r = galley(file, '--json');
    expect(r.code).toBe(0);
    const { suggestions } = JSON.parse(r.out) as { suggestions: CliSuggestion[] };
    expect(suggestions.map((s) => [s.rule, s.text, s.replacement])).toEqual([['repeat.char', '州州', '州']]);
  });

  it('fails with one clear line for a missing or binary file', () => {
    const missing = galley('no/such/file.txt', '--json');
    expect(missing.code).not.toBe(0);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toContain('no/such/file.txt');
    const dir = mkdtempSync(join(tmpdir(), 'galley-proof-'));
    const bin = join(dir, 'image.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const binary = galley(bin);
    expect(binary.code).not.toBe(0);
    expect(binary.err.trim().split('\n')).toHaveLength(1);
    expect(binary.err).toMatch(/not a text file/);
  });
});
