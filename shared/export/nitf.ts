// NITF 3.6 (validated against IPTC's nitf-3-6.xsd in the tests). A document holds one story,
// so NITF has no bundle: a batch is one file per story (or NewsML-G2, which can carry many).
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Story } from '../model';
import { langTag, type ExportContext } from './context';
import { cleanText, storyView } from './view';
import { endXml, groupTags, nitfDate, NITF_NS } from './xml-common';

/** Append a <nitf> element for the story under `parent` (a document, or NewsML-G2's inlineXML). */
export function appendNitf(parent: XMLBuilder, story: Story, ctx: ExportContext): void {
  const v = storyView(story);
  const tags = groupTags(v.tags);
  const nitf = parent.ele(NITF_NS, 'nitf', { version: '-//IPTC//DTD NITF 3.6//EN', baselang: langTag(ctx) });

  const head = nitf.ele('head');
  if (v.headline) head.ele('title').txt(v.headline);
  head.ele('meta', { name: 'galley-kind', content: v.kind });
  head.ele('meta', { name: 'galley-source', content: cleanText(ctx.docName) });
  const docdata = head.ele('docdata', { 'management-status': 'usable' });
  docdata.ele('doc-id', { regsrc: 'Galley', 'id-string': cleanText(`${ctx.docId}/${v.id}`) });
  const issued = nitfDate(ctx.exportedAt);
  if (issued) docdata.ele('date.issue', { norm: issued });
  if (tags.keywords.length) {
    const keyList = docdata.ele('key-list');
    for (const t of tags.keywords) keyList.ele('keyword', { key: t.label });
  }
  if (v.tags.length) {
    const ided = docdata.ele('identified-content');
    for (const t of tags.places) ided.ele('location', { 'location-code': t.value, 'code-source': 'GB/T 2260' }).txt(t.label);
    for (const t of tags.people) ided.ele('person').txt(t.label);
    for (const t of tags.orgs) ided.ele('org').txt(t.label);
    for (const t of tags.topics) ided.ele('classifier', { type: 'subject', idsrc: 'iptc.org/medtop', value: t.value }).txt(t.label);
    for (const t of tags.sections) ided.ele('classifier', { type: 'section', value: t.value }).txt(t.label);
  }

  const body = nitf.ele('body');
  const bodyHead = body.ele('body.head');
  if (v.headline) {
    const hedline = bodyHead.ele('hedline');
    hedline.ele('hl1').txt(v.headline);
    // hedline is hl1 then hl2*: the kicker and the deck follow the title as hl2, in printed
    // order (kicker first), told apart by class.
    if (v.kicker) hedline.ele('hl2', { class: 'kicker' }).txt(v.kicker);
    if (v.deck) hedline.ele('hl2', { class: 'deck' }).txt(v.deck);
  }
  if (v.byline) bodyHead.ele('byline').txt(v.byline);
  if (v.dateline) bodyHead.ele('dateline').txt(v.dateline);
  // Without a headline there is no hedline to carry the kicker and deck, so they become the abstract.
  if (!v.headline && (v.kicker || v.deck)) {
    const abstract = bodyHead.ele('abstract');
    if (v.kicker) abstract.ele('p', { class: 'kicker' }).txt(v.kicker);
    if (v.deck) abstract.ele('p', { class: 'deck' }).txt(v.deck);
  }

  const content = body.ele('body.content');
  for (const b of v.blocks) content.ele(b.type === 'subhead' ? 'hl2' : 'p').txt(b.text);
}

export function renderNitf(story: Story, ctx: ExportContext): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  appendNitf(doc, story, ctx);
  return endXml(doc);
}
