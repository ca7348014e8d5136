// Shared pieces of the two IPTC writers: namespaces, tag grouping and safe identifiers.
import type { Tag } from '../model';

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
  return encodeURIComponent(value).replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
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
