import iconv from 'iconv-lite';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GalleyError } from '../../../shared/errors';
import { MAX_IMPORT_BYTES, decodeSource, readSourceFile } from '../../../electron/service/importer';

const sample = '本报讯(记者 王佳)近日,绍兴市越城区举行大会。\n\n“钢铁巨人”精准入海\n';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof GalleyError ? err.code : 'not-a-galley-error';
  }
  return undefined;
}

describe('decodeSource', () => {
  it('reads UTF-8 without a BOM', () => {
    const d = decodeSource(new TextEncoder().encode(sample));
    expect(d.text).toBe(sample);
    expect(d.encoding).toBe('utf-8');
    expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
    const d = decodeSource(bytes);
    expect(d.text).toBe(sample);
    expect(d.encoding).toBe('utf-8-bom');
  });

  it('detects GB18030/GBK rather than assuming it', () => {
    const d = decodeSource(iconv.encode(sample, 'gbk'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(sample);
    const rare = '𠀀字与€符号';
    expect(decodeSource(iconv.encode(rare, 'gb18030')).text).toBe(rare);
  });

  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    expect(decodeSource(le).text).toBe(sample);
  });

  it('normalises CRLF and lone CR to LF', () => {
    const d = decodeSource(new TextEncoder().encode('一\r\n二\r三\n'));
    expect(d.text).toBe('一\n二\n三\n');
  });

  it('hashes the bytes as they arrived (the same file gives the same hash)', () => {
    const a = decodeSource(new TextEncoder().encode(sample));
    const b = decodeSource(new TextEncoder().encode(sample));
    const c = decodeSource(new TextEncoder().encode(sample.replace(/\n/g, '\r\n')));
    expect(a.sha256).toBe(b.sha256);
    expect(c.sha256).not.toBe(a.sha256);
  });

  it('rejects empty and whitespace-only files', () => {
    expect(codeOf(() => decodeSource(new Uint8Array()))).toBe('empty_file');
    expect(codeOf(() => decodeSource(new TextEncoder().encode(' \n\r\n ')))).toBe('empty_file');
  });

  it('rejects binary input: NUL bytes, control characters, a PNG header', () => {
    expect(codeOf(() => decodeSource(new Uint8Array([0x41, 0x00, 0x42])))).toBe('binary_file');
    expect(codeOf(() => decodeSource(new TextEncoder().encode('abc\u0001def')))).toBe('binary_file');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(codeOf(() => decodeSource(png))).toBe('binary_file');
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    // 0x80 alone and 0xFF are not valid lead bytes in GB18030 and not valid UTF-8.
    expect(codeOf(() => decodeSource(new Uint8Array([0x41, 0xff, 0xff, 0x42])))).toBe('undecodable');
  });

  it('rejects files over 50 MB without decoding them', () => {
    expect(codeOf(() => decodeSource(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toBe('too_large');
  });
});

describe('readSourceFile', () => {
  it('reads a file and reports a missing one as unreadable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'galley-import-'));
    const path = join(dir, '版面.txt');
    await writeFile(path, iconv.encode(sample.replace(/\n/g, '\r\n'), 'gb18030'));
    const d = await readSourceFile(path);
    expect(d).toMatchObject({ name: '版面.txt', encoding: 'gb18030', text: sample });
    await expect(readSourceFile(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'unreadable' });
  });
});
