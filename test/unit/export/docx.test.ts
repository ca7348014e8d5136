// DOCX read back with mammoth (text and structure) and its XML checked for real Word styles.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/service/export/docx';
import { ctx, fullStory, hostileStories, seedStories, storyTexts } from '../../fixtures/export/stories';

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const rawText = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: toBuffer(bytes) })).value;
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

async function paragraphStyles(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(toBuffer(bytes))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p>(?:<w:pPr>(.*?)<\/w:pPr>)?/g)].map((m) => /<w:pStyle w:val="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? 'Normal');
}

describe('DOCX export', () => {
  it('holds the story text in reading order (mammoth extractRawText)', async () => {
    const story = fullStory();
    expect(lines(await rawText(await renderDocx([story], ctx)))).toEqual(storyTexts(story));
  });

  it('uses Word paragraph styles: Kicker, Title, Subtitle (the deck), Byline, Heading 2, Body Text', async () => {
    const styles = await paragraphStyles(await renderDocx([fullStory()], ctx));
    expect(styles).toEqual(['Kicker', 'Title', 'Subtitle', 'Byline', 'BodyText', 'BodyText', 'Heading2', 'BodyText', 'BodyText']);
  });

  it('maps subheads to headings mammoth recognises', async () => {
    const html = (await mammoth.convertToHtml({ buffer: toBuffer(await renderDocx([fullStory()], ctx)) })).value;
    expect(html).toContain('<h2>一条新路</h2>');
  });

  it('writes every seed story and a bundle with one page per story', async () => {
    const seed = seedStories();
    for (const story of seed) {
      expect(lines(await rawText(await renderDocx([story], ctx)))).toEqual(storyTexts(story).map((t) => t.trim()));
    }
    const bundle = await renderDocx(seed, ctx);
    expect(lines(await rawText(bundle))).toEqual(seed.flatMap(storyTexts).map((t) => t.trim()));
    const xml = await (await JSZip.loadAsync(toBuffer(bundle))).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(seed.length - 1);
  });

  it('keeps hostile headlines as plain text', async () => {
    const stories = hostileStories();
    const text = lines(await rawText(await renderDocx(stories, ctx)));
    for (const s of stories) expect(text).toContain(s.edited.headline!.trim());
  });
});
