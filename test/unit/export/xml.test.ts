// NITF and NewsML-G2 output validated with xmllint against IPTC's official schemas, then read
// back with a DOM parser to check the text survived.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBundle, renderText, safeFileNames } from '../../../shared/export';
import { cleanText } from '../../../shared/export/view';
import { G2_NS, NITF_NS, urnPart } from '../../../shared/export/xml-common';
import type { Story } from '../../../shared/model';
import { ctx, fullStory, hostileFieldStory, hostileStories, hostileStrings, makeStory, schemasDir, seedStories } from '../../fixtures/export/stories';

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
const extra = [fullStory(), ...hostileStories(), makeStory({ headline: null, kicker: '只有引题', deck: '只有副题', paragraphs: ['正文\u0007含控制字符'] }), makeStory({ headline: '只有副题的标题', deck: '——副题', paragraphs: ['正文'] })];
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
    // hedline is hl1 then hl2*: kicker and deck follow the title in printed order, told apart by class.
    const hl2 = Array.from(doc.getElementsByTagName('hl2')).map((e) => [e.hasAttribute('class') ? e.getAttribute('class') : null, e.textContent]);
    expect(hl2).toEqual([
      ['kicker', story.edited.kicker],
      ['deck', story.edited.deck],
      [null, '一条新路'],
    ]);
    expect(Array.from(doc.getElementsByTagName('hedline')[0]!.childNodes).filter((n) => n.nodeType === 1).map((n) => n.nodeName)).toEqual(['hl1', 'hl2', 'hl2']);
    expect(texts(doc, 'byline')).toEqual([story.edited.byline]);
    expect(texts(doc, 'dateline')).toEqual([story.edited.dateline]);
    expect(texts(doc, 'p')).toEqual(story.edited.paragraphs);
    const keys = Array.from(doc.getElementsByTagName('keyword')).map((k) => k.getAttribute('key'));
    expect(keys).toEqual(['青田县', '林小溪', '青田茶农专业合作社', '春茶']);
    expect(doc.getElementsByTagName('classifier')[0]?.getAttribute('value')).toBe('medtop:04000000');
    expect(doc.documentElement.getAttribute('baselang')).toBe('zh-CN');
  });

  it('puts the kicker and deck of a story with no headline in the abstract, kicker first', () => {
    const doc = parseXml(renderText(extra[extra.length - 2]!, 'nitf', ctx));
    expect(doc.getElementsByTagName('hedline')).toHaveLength(0);
    const abstract = Array.from(doc.getElementsByTagName('abstract')[0]!.getElementsByTagName('p')).map((e) => [e.hasAttribute('class') ? e.getAttribute('class') : null, e.textContent]);
    expect(abstract).toEqual([
      ['kicker', '只有引题'],
      ['deck', '只有副题'],
    ]);
    const deckOnly = parseXml(renderText(extra[extra.length - 1]!, 'nitf', ctx));
    expect(Array.from(deckOnly.getElementsByTagName('hl2')).map((e) => [e.hasAttribute('class') ? e.getAttribute('class') : null, e.textContent])).toEqual([['deck', '——副题']]);
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

  it('carries kicker, headline, deck, byline, dateline, subjects and the NITF body', () => {
    const story = fullStory();
    const doc = parseXml(renderText(story, 'newsml', ctx));
    const headlines = Array.from(doc.getElementsByTagName('headline'));
    expect(headlines.map((h) => [h.getAttribute('role'), h.textContent])).toEqual([
      ['galhl:kicker', story.edited.kicker],
      ['galhl:main', story.edited.headline],
      ['galhl:deck', story.edited.deck],
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

// Every hostile string in every field, tag, id and the document name: each file must be one an
// XML reader accepts, and what the reader decodes must be what the editor typed (after the
// cleaning every writer shares), so `&#8238;` reads back as seven characters, not U+202E.
describe('hostile text in every field', () => {
  const cases = hostileStrings.map((s, i) => ({
    s,
    story: hostileFieldStory(s, i),
    ctx: { ...ctx, docName: `样张${s}.txt`, docId: `doc${s}` },
  }));
  const label = (s: string) => JSON.stringify(s);
  const attrs = (doc: Document, ns: string, tag: string, name: string) =>
    Array.from(doc.getElementsByTagNameNS(ns, tag)).map((e) => (e.hasAttribute(name) ? e.getAttribute(name) : null));
  const nsTexts = (doc: Document, ns: string, tag: string) => Array.from(doc.getElementsByTagNameNS(ns, tag)).map((e) => e.textContent);
  const tag = (story: Story, type: string) => story.tags.find((t) => t.type === type)!;
  const c = cleanText;
  // NewsML-G2's names, keywords and literals are one-line strings (g2normalizedString).
  const one = (x: string) => cleanText(x).replace(/[\t\n\r]+/g, ' ');

  it('validates every NITF file against nitf-3-6.xsd', () => {
    const r = validate(NITF_XSD, writeAll('hostile-nitf', cases.map((k) => renderText(k.story, 'nitf', k.ctx))));
    expect(r.status, r.output).toBe(0);
    expect(r.output.match(/ validates$/gm)).toHaveLength(cases.length);
  });

  it('validates every NewsML-G2 item, and the bundle, against the 2.35 power schema', () => {
    const docs = [...cases.map((k) => renderText(k.story, 'newsml', k.ctx)), renderBundle(cases.map((k) => k.story), 'newsml', cases[0]!.ctx)];
    const r = validate(G2_XSD, writeAll('hostile-g2', docs));
    expect(r.status, r.output).toBe(0);
    expect(r.output.match(/ validates$/gm)).toHaveLength(docs.length);
  });

  it.each(cases)('NITF reads back $s literally', ({ s, story, ctx: hctx }) => {
    const f = story.edited;
    const doc = parseXml(renderText(story, 'nitf', hctx));
    const n = (t: string) => nsTexts(doc, NITF_NS, t);
    const a = (t: string, name: string) => attrs(doc, NITF_NS, t, name);
    expect(n('title'), label(s)).toEqual([c(f.headline!)]);
    expect(n('hl1')).toEqual([c(f.headline!)]);
    expect(n('hl2')).toEqual([c(f.kicker!), c(f.deck!), c(f.subheads[0]!.text)]);
    expect(n('byline')).toEqual([c(f.byline!)]);
    expect(n('dateline')).toEqual([c(f.dateline!)]);
    expect(n('p')).toEqual([c(f.paragraphs[0]!)]);
    expect(a('keyword', 'key')).toEqual(['place', 'person', 'org', 'free'].map((t) => c(tag(story, t).label)));
    expect(a('location', 'location-code')).toEqual([c(tag(story, 'place').value)]);
    expect(n('location')).toEqual([c(tag(story, 'place').label)]);
    expect(n('person')).toEqual([c(tag(story, 'person').label)]);
    expect(n('org')).toEqual([c(tag(story, 'org').label)]);
    expect(a('classifier', 'value')).toEqual([c(tag(story, 'topic').value), c(tag(story, 'section').value)]);
    expect(n('classifier')).toEqual([c(tag(story, 'topic').label), c(tag(story, 'section').label)]);
    expect(a('meta', 'content')).toEqual(['article', c(hctx.docName)]);
    expect(a('doc-id', 'id-string')).toEqual([`${c(hctx.docId)}/${c(story.id)}`]);
  });

  it.each(cases)('NewsML-G2 reads back $s literally', ({ s, story, ctx: hctx }) => {
    const f = story.edited;
    const doc = parseXml(renderText(story, 'newsml', hctx));
    const g = (t: string) => nsTexts(doc, G2_NS, t);
    const a = (t: string, name: string) => attrs(doc, G2_NS, t, name);
    expect(doc.documentElement.getAttribute('guid'), label(s)).toBe(`urn:galley:${urnPart(c(hctx.docId))}:${urnPart(c(story.id))}`);
    expect(g('title')).toEqual([c(f.headline!)]);
    expect(g('headline')).toEqual([c(f.kicker!), c(f.headline!), c(f.deck!)]);
    expect(g('by')).toEqual([c(f.byline!)]);
    expect(g('dateline')).toEqual([c(f.dateline!)]);
    expect(g('keyword')).toEqual(['place', 'person', 'org', 'free'].map((t) => one(tag(story, t).label)));
    expect(a('located', 'literal')).toEqual([one(tag(story, 'place').value)]);
    expect(a('creator', 'literal')).toEqual([one(tag(story, 'person').value)]);
    expect(a('subject', 'literal')).toEqual([one(tag(story, 'topic').value), null, one(tag(story, 'org').value)]);
    expect(a('subject', 'qcode')).toEqual([null, `galsec:${urnPart(c(tag(story, 'section').value))}`, null]);
    expect(g('name')).toEqual(['place', 'person', 'topic', 'section', 'org'].map((t) => one(tag(story, t).label)));
    expect(nsTexts(doc, NITF_NS, 'p')).toEqual([c(f.paragraphs[0]!)]);
  });

  it('keeps the fixture honest: entity look-alikes survive cleaning, so the round trip tests escaping', () => {
    expect(c('&#8238;')).toBe('&#8238;');
    expect(c('&lt;b&gt;')).toBe('&lt;b&gt;');
    expect(c('rlo\u202Erlo')).toBe('rlorlo');
  });
});
