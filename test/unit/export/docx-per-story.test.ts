// The per-story DOCX fast path against the reference: renderDocx([story]) builds and zips a whole
// package with docx for one story. The fast path must give the same Word document for every story.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/service/export/docx';
import { renderDocxPerStory } from '../../../electron/service/export/docx-per-story';
import { renderFiles } from '../../../electron/service/export/render';
import type { Story } from '../../../shared/model';
import { ctx, fullStory, hostileStories, makeStory, seedStories, storyTexts } from '../../fixtures/export/stories';

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const rawText = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: toBuffer(bytes) })).value;

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  // checkCRC32: a wrong checksum is what makes Word call a file corrupt.
  const zip = await JSZip.loadAsync(toBuffer(bytes), { checkCRC32: true });
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('string'));
  return out;
}

const paragraphStyles = (documentXml: string) =>
  [...documentXml.matchAll(/<w:p\b(?:\s[^>]*)?(?:\/>|>(?:<w:pPr>(.*?)<\/w:pPr>)?)/g)].map((m) => /<w:pStyle w:val="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? 'Normal');
const definedStyles = (stylesXml: string) => [...stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]).sort();
// docx stamps every package with the moment it was built; nothing else may differ.
const withoutTimestamps = (coreXml: string) => coreXml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1');

function storiesUnderTest(): Story[] {
  const empty = makeStory({}, { id: 'empty' });
  const quoted = makeStory({ headline: `它说"对" & '好' <ok>`, paragraphs: ['一段。'] }, { id: 'q', tags: [{ type: 'free', value: 'a&b', label: '"甲" & <乙>' }] });
  return [...seedStories(), fullStory('full'), ...hostileStories(), empty, quoted];
}

describe('per-story DOCX (one docx package per batch, one zip per story)', () => {
  it('gives every story the same parts, text and styles as a package built for it alone', async () => {
    const stories = storiesUnderTest();
    const fast = await renderDocxPerStory(stories, ctx);
    expect(fast).toHaveLength(stories.length);
    for (const [i, story] of stories.entries()) {
      const slow = await renderDocx([story], ctx);
      const [a, b] = [await parts(fast[i]!), await parts(slow)];
      expect([...a.keys()].sort(), story.id).toEqual([...b.keys()].sort());
      for (const [name, xml] of b) {
        const mine = a.get(name)!;
        if (name === 'docProps/core.xml') expect(withoutTimestamps(mine), `${story.id} ${name}`).toBe(withoutTimestamps(xml));
        else expect(mine, `${story.id} ${name}`).toBe(xml);
      }
      expect(paragraphStyles(a.get('word/document.xml')!), story.id).toEqual(paragraphStyles(b.get('word/document.xml')!));
      expect(definedStyles(a.get('word/styles.xml')!)).toEqual(definedStyles(b.get('word/styles.xml')!));
      expect(await rawText(fast[i]!), story.id).toBe(await rawText(slow));
    }
  });

  it('holds each seed story text in reading order, with no page break before it', async () => {
    const seed = seedStories();
    const files = await renderDocxPerStory(seed, ctx);
    for (const [i, story] of seed.entries()) {
      const lines = (await rawText(files[i]!)).split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines).toEqual(storyTexts(story).map((t) => t.trim()));
      expect((await parts(files[i]!)).get('word/document.xml')).not.toContain('pageBreakBefore');
    }
  });

  it('writes the parts Word needs to open the file, wired together', async () => {
    const [file] = await renderDocxPerStory([fullStory()], ctx);
    const p = await parts(file!);
    const types = p.get('[Content_Types].xml')!;
    expect(types).toContain('PartName="/word/document.xml"');
    expect(types).toContain('PartName="/word/styles.xml"');
    expect(types).toContain('Extension="rels"');
    expect(p.get('_rels/.rels')).toContain('Target="word/document.xml"');
    const rels = p.get('word/_rels/document.xml.rels')!;
    expect(rels).toContain('Target="styles.xml"');
    expect(rels).toContain('Target="numbering.xml"');
    expect(definedStyles(p.get('word/styles.xml')!)).toEqual(expect.arrayContaining(['Title', 'Subtitle', 'Byline', 'Dateline', 'BodyText', 'Heading2']));
  });

  it('titles and keywords each file after its own story', async () => {
    const story = fullStory();
    const [file] = await renderDocxPerStory([makeStory({ headline: '另一篇', paragraphs: ['x'] }), story].slice(1), ctx);
    const core = (await parts(file!)).get('docProps/core.xml')!;
    expect(core).toContain(`<dc:title>${story.edited.headline}</dc:title>`);
    expect(core).toContain(`<cp:keywords>${story.tags.map((t) => t.label).join(', ')}</cp:keywords>`);
    expect(core).not.toContain('placeholder');
  });

  it('is what renderFiles writes for DOCX one file per story', async () => {
    const stories = hostileStories();
    const files = await renderFiles(stories, 'docx', ctx, { bundle: false });
    for (const [i, story] of stories.entries()) expect((await rawText(files[i]!.bytes)).trim()).toBe(storyTexts(story).map((t) => t.trim()).join('\n\n'));
  });

  it('writes nothing for no stories', async () => {
    expect(await renderDocxPerStory([], ctx)).toEqual([]);
  });
});
