// Every story of every page we have (the seed and all fixture pages, each read through the real
// importer and splitter) exported in each format and read back: NITF and NewsML-G2 validated by
// xmllint against IPTC's schemas, DOCX opened with mammoth, HTML parsed with parse5.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { parse } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFiles } from '../../../electron/service/export/render';
import { decodeSource } from '../../../electron/service/importer';
import { renderText } from '../../../shared/export';
import type { Story } from '../../../shared/model';
import { segment } from '../../../shared/segment';
import { storyFromSegment } from '../../../shared/story-ops/story-factory';
import { suggestTags } from '../../../shared/tags';
import { ctx, projectRoot, schemasDir } from '../../fixtures/export/stories';

const pagesDir = resolve(projectRoot, 'test/fixtures/pages');
const pages = [
  resolve(projectRoot, 'seeds/000_fd21b5ce20d5087d.txt'),
  ...readdirSync(pagesDir)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => join(pagesDir, n)),
];

function storiesOf(path: string): Story[] {
  const { text } = decodeSource(readFileSync(path));
  return segment(text).map((s, i) => {
    const story = storyFromSegment(s, `s${i + 1}`);
    return { ...story, status: 'approved' as const, tags: suggestTags({ edited: story.edited, kind: s.kind }).map((x) => x.tag) };
  });
}

const all = pages.flatMap((p) => storiesOf(p));
const dir = mkdtempSync(join(tmpdir(), 'galley-allpages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validates(xsd: string, docs: string[], prefix: string): string {
  const files = docs.map((d, i) => {
    const f = join(dir, `${prefix}-${i}.xml`);
    writeFileSync(f, d);
    return f;
  });
  const r = spawnSync('xmllint', ['--noout', '--schema', resolve(schemasDir, xsd), ...files], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return r.status === 0 ? '' : r.stderr;
}

describe(`all ${pages.length} pages, ${all.length} stories`, () => {
  it('has a fair number of pages and stories to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(all.length).toBeGreaterThanOrEqual(80);
  });

  it('every NITF file validates against nitf-3-6.xsd', () => {
    expect(validates('nitf-3-6.xsd', all.map((s) => renderText(s, 'nitf', ctx)), 'nitf')).toBe('');
  });

  it('every NewsML-G2 file validates against the 2.35 schema', () => {
    expect(validates('NewsML-G2_2.35-spec-All-Power.xsd', all.map((s) => renderText(s, 'newsml', ctx)), 'g2')).toBe('');
  });

  it('every DOCX opens and holds its headline and paragraphs', async () => {
    const files = await renderFiles(all, 'docx', ctx, { bundle: false });
    expect(files).toHaveLength(all.length);
    for (const [i, f] of files.entries()) {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(f.bytes) });
      const s = all[i]!;
      if (s.edited.headline) expect(value).toContain(s.edited.headline);
      for (const p of s.edited.paragraphs) if (p.trim()) expect(value).toContain(p.trim());
    }
  });

  it('no HTML file carries a script', () => {
    type Node = { nodeName: string; attrs?: Array<{ name: string }>; childNodes?: Node[]; content?: Node };
    const walk = (n: Node, out: string[]) => {
      if (n.nodeName === 'script') out.push('script element');
      for (const a of n.attrs ?? []) if (/^on/i.test(a.name)) out.push(`${a.name} attribute`);
      for (const c of n.childNodes ?? []) walk(c, out);
      if (n.content) walk(n.content, out);
    };
    for (const s of all) {
      const found: string[] = [];
      walk(parse(renderText(s, 'html', ctx)) as unknown as Node, found);
      expect(found, s.edited.headline ?? s.id).toEqual([]);
    }
  });
});
