// The batch converter, run as a user would: `tsx electron/cli/galley.ts convert …` in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { exportFormats, fileExtension } from '../../../shared/export';
import { projectRoot, schemasDir, seedPath } from '../../fixtures/export/stories';

const tmp = mkdtempSync(join(tmpdir(), 'galley-convert-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function galley(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'electron/cli/galley.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SEED_HEADLINES = ['一个城市的执着', '嵊泗高标准推进海洋生态环境建设', '越城60家服务业龙头企业抱团发展', '山里的土货卖到了全世界'];

describe('galley convert', () => {
  it('says in --help that it never touches the library or the workflow', () => {
    const r = galley('convert', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/does not add the file to the Galley library/);
    for (const f of exportFormats) expect(r.stdout).toContain(f);
  });

  it.each(exportFormats)('writes every seed story as %s', async (format) => {
    const out = join(tmp, `out-${format}`);
    const r = galley('convert', seedPath, '--to', format, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(7);
    for (const f of files) expect(f.endsWith(`.${fileExtension(format)}`)).toBe(true);
    for (const h of SEED_HEADLINES) expect(files).toContain(`${h}.${fileExtension(format)}`);
    const first = join(out, `一个城市的执着.${fileExtension(format)}`);
    if (format === 'docx') {
      expect((await mammoth.extractRawText({ path: first })).value).toContain('一段重塑形象的故事');
    } else {
      expect(readFileSync(first, 'utf8')).toContain('一段重塑形象的故事');
    }
    if (format === 'nitf' || format === 'newsml') {
      const xsd = resolve(schemasDir, format === 'nitf' ? 'nitf-3-6.xsd' : 'NewsML-G2_2.35-spec-All-Power.xsd');
      const v = spawnSync('xmllint', ['--noout', '--schema', xsd, ...files.map((f) => join(out, f))], { encoding: 'utf8' });
      expect(v.status, v.stderr).toBe(0);
    }
  });

  it('writes a bundle with --bundle and tags with --tags', () => {
    const out = join(tmp, 'bundle');
    const r = galley('convert', seedPath, '--to=json', '--out', out, '--bundle', '--tags');
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(out);
    expect(files).toEqual(['000_fd21b5ce20d5087d.json']);
    const doc = JSON.parse(readFileSync(join(out, files[0]!), 'utf8')) as { stories: Array<{ tags: Array<{ label: string }> }> };
    expect(doc.stories).toHaveLength(7);
    expect(doc.stories[0]!.tags.map((t) => t.label)).toContain('温州市');
  });

  it('fails on a binary file with a clear message and writes nothing', () => {
    const bad = join(tmp, 'photo.txt');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const out = join(tmp, 'never-binary');
    const r = galley('convert', bad, '--to', 'md', '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/not a text file/);
    expect(existsSync(out)).toBe(false);
  });

  it('fails on a missing or empty file and writes nothing', () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    for (const file of [empty, join(tmp, 'missing.txt')]) {
      const out = join(tmp, 'never-empty');
      const r = galley('convert', file, '--to', 'html', '--out', out);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('rejects an unknown format or missing options before reading anything', () => {
    const out = join(tmp, 'never-format');
    const r = galley('convert', seedPath, '--to', 'pdf', '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/unknown format "pdf"/);
    expect(existsSync(out)).toBe(false);
    expect(galley('convert', seedPath, '--out', out).code).not.toBe(0);
    expect(galley('convert', seedPath, '--to', 'md').code).not.toBe(0);
    expect(galley('convert', seedPath, '--to', 'nitf', '--bundle', '--out', out).code).not.toBe(0);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to overwrite existing files and leaves the folder as it was', () => {
    const out = join(tmp, 'existing');
    expect(galley('convert', seedPath, '--to', 'txt', '--out', out).code).toBe(0);
    const before = readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);
    const r = galley('convert', seedPath, '--to', 'txt', '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/already exists/);
    expect(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])).toEqual(before);
  });
});
