import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corruptName, moveAside, removeDurable, sweepTempFiles, writeFileDurable } from '../../../electron/service/durable-file';
import { freshDir, listNames, removeDir } from './fixtures';

let dir: string;
beforeEach(async () => {
  dir = await freshDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe('writeFileDurable', () => {
  it('writes the content and leaves no temp file behind', async () => {
    const target = path.join(dir, 'a.json');
    await writeFileDurable(target, JSON.stringify({ n: 1 }));
    expect(JSON.parse(await fs.readFile(target, 'utf8'))).toEqual({ n: 1 });
    expect(await listNames(dir)).toEqual(['a.json']);
  });

  it('keeps the previous generation as .bak', async () => {
    const target = path.join(dir, 'a.json');
    await writeFileDurable(target, '{"n":1}');
    await writeFileDurable(target, '{"n":2}');
    await writeFileDurable(target, '{"n":3}');
    expect(await fs.readFile(target, 'utf8')).toBe('{"n":3}');
    expect(await fs.readFile(`${target}.bak`, 'utf8')).toBe('{"n":2}');
    expect(await listNames(dir)).toEqual(['a.json', 'a.json.bak']);
  });

  it('does not interleave concurrent writes to one file', async () => {
    const target = path.join(dir, 'a.json');
    const big = (n: number) => JSON.stringify({ n, pad: String(n).repeat(200_000) });
    await Promise.all(Array.from({ length: 8 }, (_, n) => writeFileDurable(target, big(n))));
    const final = JSON.parse(await fs.readFile(target, 'utf8')) as { n: number; pad: string };
    expect(final.pad).toBe(String(final.n).repeat(200_000));
    expect((await listNames(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('removes its temp file and keeps the old content when the write fails', async () => {
    const target = path.join(dir, 'a.json');
    await writeFileDurable(target, '{"n":1}');
    // A non-empty folder where the backup goes makes the rename of the backup fail.
    await fs.rm(`${target}.bak`, { force: true });
    await fs.mkdir(`${target}.bak`);
    await fs.writeFile(path.join(`${target}.bak`, 'x'), 'x');
    await expect(writeFileDurable(target, '{"n":2}')).rejects.toThrow();
    expect(await fs.readFile(target, 'utf8')).toBe('{"n":1}');
    expect((await listNames(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('helpers', () => {
  it('removeDurable deletes the file and its backup', async () => {
    const target = path.join(dir, 'a.json');
    await writeFileDurable(target, '1');
    await writeFileDurable(target, '2');
    await removeDurable(target);
    expect(await listNames(dir)).toEqual([]);
  });

  it('corruptName has no colons and ends in .json', () => {
    const name = path.basename(corruptName(path.join(dir, 'library.json'), new Date('2025-03-01T08:09:10.123Z')));
    expect(name).toBe('library.corrupt-2025-03-01T08-09-10.123Z.json');
    expect(path.basename(corruptName(path.join(dir, 'x.json.bak'), new Date(0)))).toMatch(/^x\.bak\.corrupt-[^:]+\.json$/);
  });

  it('moveAside never overwrites an earlier file set aside at the same moment', async () => {
    const at = new Date('2025-03-01T08:00:00.000Z');
    const target = path.join(dir, 'a.json');
    await fs.writeFile(target, 'first');
    const one = await moveAside(target, at);
    await fs.writeFile(target, 'second');
    const two = await moveAside(target, at);
    expect(one).not.toBe(two);
    expect(await fs.readFile(one, 'utf8')).toBe('first');
    expect(await fs.readFile(two, 'utf8')).toBe('second');
    expect(await listNames(dir)).not.toContain('a.json');
  });

  it('sweepTempFiles removes only temp files', async () => {
    await fs.writeFile(path.join(dir, 'a.json'), '{}');
    await fs.writeFile(path.join(dir, 'a.json.123-4.tmp'), '{');
    await fs.writeFile(path.join(dir, 'a.json.bak.123-5.tmp'), '{');
    await sweepTempFiles(dir);
    expect(await listNames(dir)).toEqual(['a.json']);
  });
});
