// DOCX with real Word paragraph styles (Kicker, Title, Subtitle for the deck, Byline, Dateline, Heading 2, Normal), so
// the desk's own templates restyle it and Word's navigation pane lists the subheads.
// One story → one document; several → one document, each story starting on a new page.
// Exporting one file per story goes through docx-per-story.ts, which packages the same document.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Story } from '../../../shared/model';
import type { ExportContext } from '../../../shared/export';
import { storyView } from '../../../shared/export/view';

const SERIF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
const SANS = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };

function styles(ctx: ExportContext) {
  const language = { value: ctx.language === 'en' ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' };
  return {
    default: {
      document: { run: { font: SERIF, size: 24, language }, paragraph: { spacing: { line: 360, after: 120 } } },
      title: { run: { font: SANS, size: 40, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
      heading2: { run: { font: SANS, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    },
    paragraphStyles: [
      {
        // The kicker (引题) set small above the title; Word has no built-in style for it.
        id: 'Kicker',
        name: 'Kicker',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: SANS, size: 26, color: '404040' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 80 }, keepNext: true },
      },
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: SANS, size: 28, color: '404040' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 160 } },
      },
      {
        id: 'Byline',
        name: 'Byline',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 21, color: '595959' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      },
      {
        id: 'Dateline',
        name: 'Dateline',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 21, color: '595959' },
      },
      {
        id: 'BodyText',
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { indent: { firstLine: 480 }, alignment: AlignmentType.JUSTIFIED },
      },
    ],
  };
}

type Spec = { text: string; style?: string; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] };

function storySpecs(story: Story): Spec[] {
  const v = storyView(story);
  const out: Spec[] = [];
  // In printed order: the kicker (引题) above the title, the deck (副题, Word's Subtitle) under it.
  if (v.kicker) out.push({ text: v.kicker, style: 'Kicker' });
  if (v.headline) out.push({ text: v.headline, heading: HeadingLevel.TITLE });
  if (v.deck) out.push({ text: v.deck, style: 'Subtitle' });
  if (v.byline) out.push({ text: v.byline, style: 'Byline' });
  if (v.printedDateline) out.push({ text: v.printedDateline, style: 'Dateline' });
  for (const b of v.blocks) out.push(b.type === 'subhead' ? { text: b.text, heading: HeadingLevel.HEADING_2 } : { text: b.text, style: 'BodyText' });
  return out.length ? out : [{ text: '' }];
}

export function storyParagraphs(story: Story, newPage: boolean): Paragraph[] {
  return storySpecs(story).map((spec, i) => new Paragraph({ ...spec, pageBreakBefore: newPage && i === 0 }));
}

/** What docProps/core.xml says about a package: a single story is titled and keyworded by itself. */
export interface DocxMeta {
  title: string;
  keywords: string;
}

export function docxMeta(stories: Story[], ctx: ExportContext): DocxMeta {
  const first = stories[0] ? storyView(stories[0]) : null;
  return {
    title: (stories.length === 1 ? first?.headline : null) ?? ctx.docName,
    keywords: stories.length === 1 ? (first?.tags.map((t) => t.label).join(', ') ?? '') : '',
  };
}

/** The one definition of a Galley Word document; the per-story writer (docx-per-story.ts) packages from it too. */
export function docxDocument(paragraphs: Paragraph[], meta: DocxMeta, ctx: ExportContext): Document {
  return new Document({
    creator: 'Galley',
    title: meta.title,
    description: `${ctx.docName} (${ctx.docId}) ${ctx.exportedAt}`,
    keywords: meta.keywords,
    styles: styles(ctx),
    sections: [{ children: paragraphs }],
  });
}

export async function renderDocx(stories: Story[], ctx: ExportContext): Promise<Uint8Array> {
  const doc = docxDocument(stories.flatMap((s, i) => storyParagraphs(s, i > 0)), docxMeta(stories, ctx), ctx);
  return new Uint8Array(await Packer.toBuffer(doc));
}
