// Shared pieces of the two IPTC writers: namespaces, tag grouping, safe identifiers and the
// one way a built document becomes text (endXml).
import type { Element, Node, Text } from '@oozcitak/dom/lib/dom/interfaces';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Tag } from '../model';
import { cleanText } from './view';

export const NITF_NS = 'http://iptc.org/std/NITF/2006-10-18/';
export const G2_NS = 'http://iptc.org/std/nar/2006-10-01/';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Tags split by kind; anything that is not a vocabulary kind is a plain keyword. */
export function groupTags(tags: Tag[]) {
  const of = (type: string) => tags.filter((t) => t.type === type);
  return {
    places: of('place'),
    people: of('person'),
    orgs: of('org'),
    topics: of('topic'),
    sections: of('section'),
    keywords: tags.filter((t) => !['topic', 'section'].includes(t.type)),
  };
}

/** A URN-safe token: ids come from the store, but a hand-written id must not break the guid. */
export function urnPart(value: string): string {
  // Cleaned first: encodeURIComponent throws on a lone surrogate.
  return encodeURIComponent(cleanText(value)).replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

export function storyGuid(docId: string, storyId: string): string {
  return `urn:galley:${urnPart(docId)}:${urnPart(storyId)}`;
}

/** NITF's norm form of a date: YYYYMMDDTHHMMSSZ. */
export function nitfDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

// xmlbuilder2 escapes only an `&` that does not already look like an entity, so `&nbsp;`, `R&D;`
// and `&#0;` reach the file as entity references: undeclared ones make the file unreadable, and
// `&#8238;` or `&lt;b&gt;` are decoded by the reader into what the editor never typed. It has no
// option to turn that off, so we write every text node and attribute value as finished markup
// ourselves; it leaves that untouched, since every `&` we emit starts a reference.
//
// Besides the markup characters: tab, LF and CR in an attribute become spaces on reading
// (attribute-value normalisation), and C1 controls and U+2028 are line ends or must be
// references in XML 1.1, which some readers (xmldom among them) apply; a reference reads back
// as the character itself everywhere.
const TEXT_SPECIALS = /[&<>\u0080-\u009F\u2028]/gu;
const ATTR_SPECIALS = /[&<>"\t\n\r\u0080-\u009F\u2028]/gu;
const NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const reference = (c: string) => NAMED[c] ?? `&#${c.codePointAt(0)};`;

function xmlTextMarkup(text: string): string {
  return cleanText(text).replace(TEXT_SPECIALS, reference);
}

function xmlAttrMarkup(value: string): string {
  return cleanText(value).replace(ATTR_SPECIALS, reference);
}

const ELEMENT = 1;
const TEXT = 3;

function toMarkup(node: Node): void {
  if (node.nodeType === TEXT) {
    const text = node as Text;
    text.data = xmlTextMarkup(text.data);
  } else if (node.nodeType === ELEMENT) {
    for (const attr of (node as Element).attributes) attr.value = xmlAttrMarkup(attr.value);
  }
  for (const child of node.childNodes) toMarkup(child);
}

/**
 * The document as pretty-printed XML, every text and attribute escaped by us (see above) and
 * cleaned of what XML cannot hold, whichever writer put it there. Consumes the builder: its
 * nodes hold markup afterwards, so it must not be serialised again.
 */
export function endXml(doc: XMLBuilder): string {
  toMarkup(doc.node);
  return doc.end({ prettyPrint: true }) + '\n';
}
