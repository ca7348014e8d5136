// The CLI run as a user would, on a page and a file name full of terminal escapes: nothing it
// prints may be a control a terminal obeys (ESC sequences, DEL, C1 such as U+009B = CSI, bidi
// overrides and isolates), the text around them must still be readable, and --json must still
// parse to the page's exact strings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalLines, terminalText } from '../../../electron/cli/terminal-text';
import { segment, toCliJson } from '../../../shared/segment';
import { projectRoot } from '../../fixtures/export/stories';

const ESC = '\x1b';
const TITLE_BEL = `${ESC}]0;title\x07`;
const TITLE_ST = `${ESC}]0;title${ESC}\\`;
const CLEAR = `${ESC}[2J`;
const LINK = `${ESC}]8;;http://x${ESC}\\link${ESC}]8;;${ESC}\\`;
const DEL = '\x7f';
const CSI = '\u009b';
const RLO = '\u202e';

// Anything a terminal would act on; a newline is the output's own layout.
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const unsafeIn = (text: string) => [...text].filter((c) => UNSAFE.test(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);

// The importer refuses a page with BEL as binary, so the page that gets listed ends its window
// title with ST (ESC \) instead; the BEL form is held to the same rule on the error path below.
const headline = `头条${TITLE_ST}新闻${CLEAR}标题`;
const lead = `本报讯 ${LINK}正文${DEL}内容${CSI}31m继续${RLO}反向。温州,文旅旅旅总部。`;
const page = `${headline}\n\n${lead}\n`;

const dir = mkdtempSync(join(tmpdir(), 'galley-tty-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fileName = `page${ESC}[31m${RLO}red${CSI}.txt`;
const file = join(dir, fileName);
writeFileSync(file, page);
const belFile = join(dir, `bel${ESC}]0;x${ESC}\\.txt`);
writeFileSync(belFile, `标题${TITLE_BEL}\n\n正文。\n`);

// tsx as a loader of this very node, without npx's second of start-up per run.
function galley(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/galley.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
}

describe('terminal-text', () => {
  it('shows every control as a visible escape and keeps the text around it', () => {
    expect(terminalText(`a${TITLE_BEL}b`)).toBe('a\\u001b]0;title\\u0007b');
    expect(terminalText(`${LINK}|${DEL}|${CSI}|${RLO}|\u2066|\u0085|\t|\n`)).toBe(
      '\\u001b]8;;http://x\\u001b\\link\\u001b]8;;\\u001b\\|\\u007f|\\u009b|\\u202e|\\u2066|\\u0085|\\t|\\n',
    );
    expect(terminalLines(`x${CLEAR}\ny\u2069`)).toBe('x\\u001b[2J\ny\\u2069');
    expect(terminalText('温州 “引号” (a) é ✓')).toBe('温州 “引号” (a) é ✓');
  });

  it('escapes JSON text into JSON that parses to the same values', () => {
    const values = { h: headline, l: lead, bel: TITLE_BEL, lone: '\ud800', quoted: `\\${CSI}"` };
    const out = terminalLines(JSON.stringify(values, null, 1));
    expect(unsafeIn(out)).toEqual([]);
    expect(JSON.parse(out)).toEqual(values);
  });
});

describe('galley CLI output with hostile pages and file names', () => {
  it('split lists the stories with every escape shown, not obeyed', () => {
    const r = galley('split', file);
    expect(r.code, r.err).toBe(0);
    expect(unsafeIn(r.all)).toEqual([]);
    expect(r.out).toContain('page\\u001b[31m\\u202ered\\u009b.txt (utf-8): 1 story');
    expect(r.out).toContain('headline:    头条\\u001b]0;title\\u001b\\新闻\\u001b[2J标题');
    expect(r.out).toContain('\\u001b]8;;http://x\\u001b\\link\\u001b]8;;\\u001b\\正文\\u007f内容\\u009b31m继续\\u202e反向');
  });

  it('split --json keeps the values verbatim and escapes what JSON.stringify leaves raw (DEL, C1, bidi)', () => {
    const r = galley('split', file, '--json');
    expect(r.code, r.err).toBe(0);
    expect(unsafeIn(r.all)).toEqual([]);
    expect(JSON.parse(r.out)).toEqual(toCliJson(segment(page)));
    expect(r.out).toContain('\\u009b');
  });

  it('proof names the file in every finding, escaped', () => {
    const r = galley('proof', file);
    expect(r.code, r.err).toBe(0);
    expect(unsafeIn(r.all)).toEqual([]);
    expect(r.out).toContain('page\\u001b[31m\\u202ered\\u009b.txt:3  repeat.char  "旅旅旅" → "旅"');
    const json = galley('proof', file, '--json');
    expect(unsafeIn(json.all)).toEqual([]);
    const { suggestions } = JSON.parse(json.out) as { suggestions: Array<{ start: number; end: number; text: string }> };
    for (const s of suggestions) expect(page.slice(s.start, s.end)).toBe(s.text);
  });

  it('convert reports the page, the folder and the files without raw controls', () => {
    const out = join(dir, `out${ESC}[2J${RLO}`);
    const r = galley('convert', file, '--to', 'txt', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(unsafeIn(r.all)).toEqual([]);
    expect(r.out).toContain('page\\u001b[31m\\u202ered\\u009b.txt: 1 story → 1 txt file(s) in ');
    expect(r.out).toContain('out\\u001b[2J\\u202e');
    expect(readdirSync(out)).toHaveLength(1);
    // The same folder again: the "already exists" error carries the path, escaped.
    const again = galley('convert', file, '--to', 'txt', '--out', out);
    expect(again.code).toBe(1);
    expect(unsafeIn(again.all)).toEqual([]);
    expect(again.err).toContain('out\\u001b[2J\\u202e');
  });

  it('errors name a hostile file, option or command escaped', () => {
    for (const command of ['split', 'proof', 'convert']) {
      const r = galley(command, belFile, ...(command === 'convert' ? ['--to', 'txt', '--out', join(dir, 'never')] : []));
      expect(r.code, command).toBe(1);
      expect(unsafeIn(r.all), command).toEqual([]);
      expect(r.err, command).toContain('bel\\u001b]0;x\\u001b\\.txt: ');
      expect(r.err, command).toMatch(/not a text file/);
    }
    const missing = join(dir, `gone${CLEAR}`, 'x.txt');
    const r = galley('split', missing);
    expect(unsafeIn(r.all)).toEqual([]);
    expect(r.err).toContain('gone\\u001b[2J');
    const option = galley('convert', file, `--x${ESC}[2J`);
    expect(option.code).toBe(2);
    expect(unsafeIn(option.all)).toEqual([]);
    expect(option.err).toContain('unknown option --x\\u001b[2J');
    const command = galley(`sp${CSI}lit`);
    expect(command.code).toBe(2);
    expect(unsafeIn(command.all)).toEqual([]);
    expect(command.err).toContain('unknown command "sp\\u009blit"');
  });
});
