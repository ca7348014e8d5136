// One .docx per story, fast. docx spends ~12 ms on every package it builds and zips, even an
// empty one, while the paragraphs themselves cost well under a millisecond a story. So docx
// builds ONE package for the whole batch (the same definition renderDocx uses: styles,
// numbering, settings, theme), and each story's file is that package with only two parts
// swapped: word/document.xml holding the story's own paragraphs, cut from the batch body
// exactly as docx serialised them, and docProps/core.xml with the story's title and keywords.
// Every other part is copied still compressed. The result matches renderDocx([story]) part for
// part (test/unit/export/docx-per-story.test.ts), bar the creation timestamp.
import { Packer, type Paragraph } from 'docx';
import type { ExportContext } from '../../../shared/export';
import type { Story } from '../../../shared/model';
import { docxDocument, docxMeta, storyParagraphs } from './docx';
import { deflateEntry, inflateEntry, readZip, writeZip, type ZipEntry } from './zip';

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
// Stand-ins docx writes into core.xml for the batch; each story's values replace them.
const TITLE = 'galley-title-placeholder-5c1e';
const KEYWORDS = 'galley-keywords-placeholder-5c1e';

interface Template {
  entries: ZipEntry[];
  /** document.xml up to and including <w:body>, and from the section properties to the end. */
  head: string;
  tail: string;
  /** Every top-level paragraph of the batch body, as docx wrote it. */
  paragraphs: string[];
  core: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

// Our documents hold only paragraphs (no tables, text boxes or nested <w:p>), so a body is a
// plain run of <w:p …>…</w:p> or <w:p …/>; anything else fails the contiguity check below.
const PARAGRAPH = /<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g;

function splitBody(xml: string, expected: number): Pick<Template, 'head' | 'tail' | 'paragraphs'> {
  const open = xml.indexOf('<w:body>');
  const close = xml.lastIndexOf('<w:sectPr');
  if (open < 0 || close < open) throw new Error('docx wrote a document.xml without <w:body> and <w:sectPr>');
  const start = open + '<w:body>'.length;
  const body = xml.slice(start, close);
  const paragraphs: string[] = [];
  let at = 0;
  for (const m of body.matchAll(PARAGRAPH)) {
    if (m.index !== at) break;
    paragraphs.push(m[0]);
    at += m[0].length;
  }
  if (at !== body.length || paragraphs.length !== expected) {
    throw new Error(`docx body did not split into ${expected} paragraphs (got ${paragraphs.length}); per-story DOCX needs a docx serialisation it understands`);
  }
  return { head: xml.slice(0, start), tail: xml.slice(close), paragraphs };
}

async function buildTemplate(paragraphs: Paragraph[], ctx: ExportContext): Promise<Template> {
  const bundle = await Packer.toBuffer(docxDocument(paragraphs, { title: TITLE, keywords: KEYWORDS }, ctx));
  const entries = readZip(new Uint8Array(bundle.buffer, bundle.byteOffset, bundle.byteLength));
  const part = (name: string) => {
    const e = entries.find((x) => x.name === name);
    if (!e) throw new Error(`docx wrote no ${name}`);
    return decoder.decode(inflateEntry(e));
  };
  const core = part(CORE);
  if (!core.includes(`<dc:title>${TITLE}</dc:title>`) || !core.includes(`<cp:keywords>${KEYWORDS}</cp:keywords>`)) {
    throw new Error('docx wrote core.xml without the title and keywords placeholders');
  }
  return { entries, core, ...splitBody(part(DOCUMENT), paragraphs.length) };
}

// The escaping docx's own serialiser applies to text (XML specials; C0 controls dropped), so a
// story's core.xml is byte for byte what docx writes for it alone.
const escapeXml = (text: string) =>
  text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' })[c] ?? '');

function coreFor(template: string, story: Story, ctx: ExportContext): string {
  const { title, keywords } = docxMeta([story], ctx);
  // docx leaves an empty title or keywords out altogether.
  return template
    .replace(`<dc:title>${TITLE}</dc:title>`, () => (title ? `<dc:title>${escapeXml(title)}</dc:title>` : ''))
    .replace(`<cp:keywords>${KEYWORDS}</cp:keywords>`, () => (keywords ? `<cp:keywords>${escapeXml(keywords)}</cp:keywords>` : ''));
}

/** One .docx per story, in order; each is what renderDocx([story], ctx) writes. */
export async function renderDocxPerStory(stories: Story[], ctx: ExportContext): Promise<Uint8Array[]> {
  if (stories.length === 0) return [];
  // No page breaks: each story opens its own file exactly as renderDocx([story]) opens it.
  const perStory = stories.map((s) => storyParagraphs(s, false));
  const counts = perStory.map((p) => p.length);
  const template = await buildTemplate(perStory.flat(), ctx);
  const files: Uint8Array[] = [];
  let next = 0;
  for (const [i, story] of stories.entries()) {
    const body = template.paragraphs.slice(next, (next += counts[i]!)).join('');
    const entries = template.entries.map((e) => {
      if (e.name === DOCUMENT) return deflateEntry(DOCUMENT, template.head + body + template.tail);
      if (e.name === CORE) return deflateEntry(CORE, coreFor(template.core, story, ctx));
      return e;
    });
    files.push(writeZip(entries, ctx.exportedAt));
  }
  return files;
}
