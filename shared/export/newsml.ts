// NewsML-G2 2.35 (power conformance, validated against IPTC's schema in the tests): one newsItem
// per story with the NITF body carried in inlineXML, or a newsMessage bundling many items.
// Places, sections and headline roles are Galley's own schemes, declared in an inline catalog
// so every QCode resolves.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Story } from '../model';
import { langTag, type ExportContext } from './context';
import { appendNitf } from './nitf';
import { findMediaTopic } from '../tags/media-topics';
import { storyView } from './view';
import { endXml, G2_NS, groupTags, storyGuid, urnPart, XML_NS } from './xml-common';

export const G2_VERSION = '2.35';
const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml';

function appendCatalog(parent: XMLBuilder): void {
  const catalog = parent.ele('catalog');
  catalog.ele('scheme', { alias: 'gb2260', uri: 'urn:galley:cv:gb2260:' });
  catalog.ele('scheme', { alias: 'galsec', uri: 'urn:galley:cv:section:' });
  catalog.ele('scheme', { alias: 'galhl', uri: 'urn:galley:cv:headline-role:' });
}

// Concept names, keywords and literals are g2normalizedString (`[\S ]*`): one line, no tabs.
// A tag carries nothing on a second line worth an invalid file, so breaks become one space.
function oneLine(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ');
}

/** A QCode needs `alias:code`; free values (people, orgs) have none and stay literal. */
function qcodeOrLiteral(value: string): Record<string, string> {
  return /^[A-Za-z][\w.-]*:[^\s]+$/.test(value) ? { qcode: value } : { literal: oneLine(value) };
}

function appendNewsItem(parent: XMLBuilder, story: Story, ctx: ExportContext, root: boolean): void {
  const v = storyView(story);
  const tags = groupTags(v.tags);
  const lang = langTag(ctx);
  const item = (root ? parent.ele(G2_NS, 'newsItem') : parent.ele('newsItem')).att({
    guid: storyGuid(ctx.docId, v.id),
    version: '1',
    standard: 'NewsML-G2',
    standardversion: G2_VERSION,
    conformance: 'power',
  });
  item.att(XML_NS, 'xml:lang', lang);
  item.ele('catalogRef', { href: IPTC_CATALOG });
  appendCatalog(item);

  const meta = item.ele('itemMeta');
  meta.ele('itemClass', { qcode: v.kind === 'photo' ? 'ninat:picture' : 'ninat:text' });
  meta.ele('provider', { literal: 'Galley' });
  meta.ele('versionCreated').txt(ctx.exportedAt);
  meta.ele('pubStatus', { qcode: 'stat:usable' });
  if (v.headline) meta.ele('title').txt(v.headline);

  const content = item.ele('contentMeta');
  for (const t of tags.places) content.ele('located', qcodeOrLiteral(t.value)).ele('name').txt(oneLine(t.label));
  // A person named in the byline or lead credit wrote the story; anyone else is what it is about.
  const credits = [v.byline, v.dateline, v.paragraphs[0]?.slice(0, 80)].filter(Boolean).join(' ');
  const authors = tags.people.filter((t) => credits.includes(t.label));
  for (const t of authors) content.ele('creator', { literal: oneLine(t.value) }).ele('name').txt(oneLine(t.label));
  content.ele('language', { tag: lang });
  for (const t of tags.keywords) content.ele('keyword').txt(oneLine(t.label));
  for (const t of tags.topics) {
    const subject = content.ele('subject', { type: 'cpnat:abstract', ...qcodeOrLiteral(t.value) });
    const topic = findMediaTopic(t.value);
    if (topic) {
      subject.ele('name', { 'xml:lang': 'zh' }).txt(topic.zh);
      subject.ele('name', { 'xml:lang': 'en' }).txt(topic.en);
    } else {
      subject.ele('name').txt(oneLine(t.label));
    }
  }
  // Section values are slugs, but a hand-made one may hold spaces, which a QCode cannot; galsec
  // expands to a URN, so its code is URN-encoded (a slug is unchanged).
  for (const t of tags.sections) content.ele('subject', { type: 'cpnat:abstract', qcode: `galsec:${urnPart(t.value)}` }).ele('name').txt(oneLine(t.label));
  for (const t of tags.people.filter((p) => !authors.includes(p))) {
    content.ele('subject', { type: 'cpnat:person', literal: oneLine(t.value) }).ele('name').txt(oneLine(t.label));
  }
  for (const t of tags.orgs) content.ele('subject', { type: 'cpnat:organisation', literal: oneLine(t.value) }).ele('name').txt(oneLine(t.label));
  // In printed order, each with its role: kicker (引题), main title, deck (副题).
  if (v.kicker) content.ele('headline', { role: 'galhl:kicker' }).txt(v.kicker);
  if (v.headline) content.ele('headline', { role: 'galhl:main' }).txt(v.headline);
  if (v.deck) content.ele('headline', { role: 'galhl:deck' }).txt(v.deck);
  if (v.dateline) content.ele('dateline').txt(v.dateline);
  if (v.byline) content.ele('by').txt(v.byline);

  const inline = item.ele('contentSet').ele('inlineXML', { contenttype: 'application/nitf+xml' });
  appendNitf(inline, story, ctx);
}

export function renderNewsml(story: Story, ctx: ExportContext): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  appendNewsItem(doc, story, ctx, true);
  return endXml(doc);
}

/** A newsMessage carrying every story as its own newsItem. */
export function renderNewsmlBundle(stories: Story[], ctx: ExportContext): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const message = doc.ele(G2_NS, 'newsMessage');
  const header = message.ele('header');
  header.ele('sent').txt(ctx.exportedAt);
  header.ele('sender').txt('Galley');
  const itemSet = message.ele('itemSet');
  for (const story of stories) appendNewsItem(itemSet, story, ctx, false);
  return endXml(doc);
}
