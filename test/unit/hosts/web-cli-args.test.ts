import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebHostArgs } from '../../../electron/web/cli-args';

const home = path.resolve('/home/editor');

describe('parseWebHostArgs', () => {
  it('defaults to ~/.galley on a random port', () => {
    expect(parseWebHostArgs([], {}, home)).toEqual({ ok: true, args: { dataDir: path.join(home, '.galley'), port: 0 } });
  });

  it('takes GALLEY_DATA over the default and --data over both', () => {
    const env = { GALLEY_DATA: path.resolve('/srv/galley') };
    expect(parseWebHostArgs([], env, home)).toMatchObject({ ok: true, args: { dataDir: path.resolve('/srv/galley') } });
    expect(parseWebHostArgs(['--data', 'lib'], env, home)).toMatchObject({ ok: true, args: { dataDir: path.resolve('lib') } });
    expect(parseWebHostArgs(['--data=lib2', '--port=8123'], env, home)).toEqual({
      ok: true,
      args: { dataDir: path.resolve('lib2'), port: 8123 },
    });
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port'], ['--data'], ['--verbose'], ['stray']])(
    'refuses %j with a message',
    (...argv) => {
      const parsed = parseWebHostArgs(argv, {}, home);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(5);
    },
  );
});
