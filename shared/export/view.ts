// The one reading of a story every writer renders: cleaned text, body as an ordered list of
// blocks (subheads placed before their paragraph), and the dateline only when it is not
// already printed at the start of the lead (本报讯(记者 …) stays in the lead paragraph).
import type { Story, Tag } from '../model';

export type Block = { type: 'subhead'; text: string } | { type: 'p'; text: string };

export interface StoryView {
  id: string;
  kind: Story['kind'];
  /** 引题, printed above the headline. */
  kicker: string | null;
  headline: string | null;
  /** 副题, printed under the headline. */
  deck: string | null;
  byline: string | null;
  /** Dateline as metadata (XML formats). */
  dateline: string | null;
  /** Dateline to print above the body, null when the lead paragraph already carries it. */
  printedDateline: string | null;
  blocks: Block[];
  paragraphs: string[];
  tags: Tag[];
}

// Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/FFFF) and
// bidi overrides that would make text display differently from what it says.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/\r\n?/g, '\n');
}

function clean(value: string | null): string | null {
  if (value === null) return null;
  const c = cleanText(value).trim();
  return c === '' ? null : c;
}

export function storyView(story: Story): StoryView {
  const f = story.edited;
  // Empty paragraphs are dropped; subheads point into the unfiltered list, so map each old
  // index to the kept paragraph at or after it (a subhead before a dropped paragraph moves to the next kept one).
  const paragraphs: string[] = [];
  const keptAtOrAfter: number[] = [];
  for (const p of f.paragraphs) {
    keptAtOrAfter.push(paragraphs.length);
    const text = cleanText(p).trim();
    if (text !== '') paragraphs.push(text);
  }
  const subheadsAt = new Map<number, string[]>();
  for (const s of f.subheads) {
    const text = clean(s.text);
    if (!text) continue;
    const at = keptAtOrAfter[Math.max(0, s.beforeParagraph)] ?? paragraphs.length;
    subheadsAt.set(at, [...(subheadsAt.get(at) ?? []), text]);
  }
  const blocks: Block[] = [];
  paragraphs.forEach((text, i) => {
    for (const s of subheadsAt.get(i) ?? []) blocks.push({ type: 'subhead', text: s });
    blocks.push({ type: 'p', text });
  });
  for (const s of subheadsAt.get(paragraphs.length) ?? []) blocks.push({ type: 'subhead', text: s });
  const dateline = clean(f.dateline);
  const lead = paragraphs[0] ?? '';
  return {
    // Ids come from the store, but they land in attributes, anchors and URNs like any text.
    id: cleanText(story.id),
    kind: story.kind,
    kicker: clean(f.kicker),
    headline: clean(f.headline),
    deck: clean(f.deck),
    byline: clean(f.byline),
    dateline,
    printedDateline: dateline && !lead.includes(dateline) && !lead.includes(dateline.replace(/^[^(（]*[(（]|[)）]$/gu, '')) ? dateline : null,
    blocks,
    paragraphs,
    tags: story.tags.map((t) => ({ type: cleanText(t.type), value: cleanText(t.value), label: cleanText(t.label) })),
  };
}
