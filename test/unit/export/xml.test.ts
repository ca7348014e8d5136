// NITF and NewsML-G2 output validated with xmllint against IPTC's official schemas, then read
// back with a DOM parser to check the text survived.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBundle, renderText, safeFileNames } from '../../../shared/export';
import { ctx, fullStory, hostileStories, makeStory, schemasDir, seedStories } from '../../fixtures/export/stories';

const NITF_XSD = resolve(schemasDir, 'nitf-3-6.xsd');
const G2_XSD = resolve(schemasDir, 'NewsML-G2_2.35-spec-All-Power.xsd');
const dir = mkdtempSync(join(tmpdir(), 'galley-xml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(xsd: string, files: string[]): { status: number | null; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, ...files], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, output: r.stdout + r.stderr };
}

function writeAll(prefix: string, docs: string[]): string[] {
  const names = docs.map((_, i) => join(dir, `${prefix}-${i + 1}.xml`));
  docs.forEach((d, i) => writeFileSync(names[i]!, d));
  return names;
}

const seed = seedStories();
const extra = [fullStory(), ...hostileStories(), makeStory({ headline: null, subheadline: '只有副题', paragraphs: ['正文\u0007含控制字符'] })];
const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const texts = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag)).map((e) => e.textContent ?? '');

describe('NITF 3.6', () => {
  it('validates against nitf-3-6.xsd for every story of the seed page', () => {
    expect(seed.length).toBe(7);
    const files = writeAll('seed-nitf', seed.map((s) => renderText(s, 'nitf', ctx)));
    const r = validate(NITF_XSD, files);
    expect(r.output).not.toMatch(/fails to validate|error/i);
    expect(r.status).toBe(0);
  });

  it('validates for hostile, headline-less and fully tagged stories', () => {
    const r = validate(NITF_XSD, writeAll('extra-nitf', extra.map((s) => renderText(s, 'nitf', ctx))));
    expect(r.status, r.output).toBe(0);
  });

  it('reads back headline, deck, byline, dateline, subheads, paragraphs and keywords', () => {
    const story = fullStory();
    const doc = parseXml(renderText(story, 'nitf', ctx));
    expect(texts(doc, 'hl1')).toEqual([story.edited.headline]);
    expect(texts(doc, 'hl2')).toEqual([story.edited.subheadline, '一条新路']);
    expect(texts(doc, 'byline')).toEqual([story.edited.byline]);
    expect(texts(doc, 'dateline')).toEqual([story.edited.dateline]);
    expect(texts(doc, 'p')).toEqual(story.edited.paragraphs);
    const keys = Array.from(doc.getElementsByTagName('keyword')).map((k) => k.getAttribute('key'));
    expect(keys).toEqual(['青田县', '林小溪', '青田茶农专业合作社', '春茶']);
    expect(doc.getElementsByTagName('classifier')[0]?.getAttribute('value')).toBe('medtop:04000000');
    expect(doc.documentElement.getAttribute('baselang')).toBe('zh-CN');
  });

  it('has no bundle form', () => {
    expect(() => renderBundle(seed, 'nitf', ctx)).toThrow(/bundle/);
  });
});

describe('NewsML-G2 2.35', () => {
  it('validates against the 2.35 power schema for every story of the seed page, and as a bundle', () => {
    const files = writeAll('seed-g2', [...seed.map((s) => renderText(s, 'newsml', ctx)), renderBundle(seed, 'newsml', ctx)]);
    const r = validate(G2_XSD, files);
    expect(r.status, r.output).toBe(0);
    expect(r.output.match(/validates/g)).toHaveLength(seed.length + 1);
  });

  it('validates for hostile and headline-less stories and an odd document id', () => {
    const odd = { ...ctx, docId: 'doc id/with:odd<chars>' };
    const r = validate(G2_XSD, writeAll('extra-g2', [...extra.map((s) => renderText(s, 'newsml', odd)), renderBundle(extra, 'newsml', odd)]));
    expect(r.status, r.output).toBe(0);
  });

  it('carries headline, subheadline, byline, dateline, subjects and the NITF body', () => {
    const story = fullStory();
    const doc = parseXml(renderText(story, 'newsml', ctx));
    const headlines = Array.from(doc.getElementsByTagName('headline'));
    expect(headlines.map((h) => [h.getAttribute('role'), h.textContent])).toEqual([
      ['galhl:main', story.edited.headline],
      ['galhl:sub', story.edited.subheadline],
    ]);
    expect(texts(doc, 'by')).toEqual([story.edited.byline]);
    expect(texts(doc, 'dateline')).toContain(story.edited.dateline);
    const subjects = Array.from(doc.getElementsByTagName('subject')).map((s) => s.getAttribute('qcode') || s.getAttribute('literal'));
    expect(subjects).toEqual(['medtop:04000000', 'galsec:economy', '青田茶农专业合作社']);
    expect(doc.getElementsByTagName('located')[0]?.getAttribute('qcode')).toBe('gb2260:331121');
    expect(doc.getElementsByTagName('creator')[0]?.getAttribute('literal')).toBe('林小溪');
    const g2Keywords = Array.from(doc.getElementsByTagNameNS('http://iptc.org/std/nar/2006-10-01/', 'keyword')).map((k) => k.textContent);
    expect(g2Keywords).toEqual(['青田县', '林小溪', '青田茶农专业合作社', '春茶']);
    const nitf = doc.getElementsByTagNameNS('http://iptc.org/std/NITF/2006-10-18/', 'p');
    expect(Array.from(nitf).map((p) => p.textContent)).toEqual(story.edited.paragraphs);
    expect(doc.documentElement.getAttribute('guid')).toBe('urn:galley:doc-a1:s1');
  });

  it('bundles one newsItem per story in a newsMessage', () => {
    const doc = parseXml(renderBundle(seed, 'newsml', ctx));
    expect(doc.documentElement.localName).toBe('newsMessage');
    expect(doc.getElementsByTagName('newsItem')).toHaveLength(seed.length);
    const guids = Array.from(doc.getElementsByTagName('newsItem')).map((n) => n.getAttribute('guid'));
    expect(new Set(guids).size).toBe(seed.length);
  });

  it('escapes markup in headlines instead of emitting elements', () => {
    const doc = parseXml(renderText(hostileStories()[0]!, 'newsml', ctx));
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(texts(doc, 'hl1')).toEqual(['<script>alert(1)</script>']);
  });
});

it('names XML files with their format in the extension', () => {
  expect(safeFileNames([fullStory()], 'nitf.xml')).toEqual(['山坳里的春茶搭上了冷链车.nitf.xml']);
});
