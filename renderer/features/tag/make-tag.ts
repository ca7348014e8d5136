// Turns what the editor typed into a tag: controlled vocabularies first (so 舟山 becomes the
// GB/T 2260 place 舟山市 and 环境 the IPTC topic), free text otherwise.
import type { Tag } from '../../../shared/model';
import { findMediaTopic, findPlace, findSection, mediaTopicTag, placeTag, sectionTag } from '../../../shared/tags';

export type TagKind = 'free' | 'place' | 'section' | 'topic';
export const tagKinds: TagKind[] = ['free', 'section', 'place', 'topic'];

/** A section from the desk's list (settings.sections): the vocabulary's stable value when it has one. */
export function sectionTagFor(name: string): Tag {
  const known = findSection(name);
  const label = name.trim();
  return known ? { ...sectionTag(known), label } : { type: 'section', value: label, label };
}

/** The tag for `text` of `kind`, or null when a controlled vocabulary does not know it. */
export function makeTag(kind: TagKind, text: string): Tag | null {
  const t = text.trim().slice(0, 200);
  if (!t) return null;
  if (kind === 'place') {
    const p = findPlace(t);
    return p ? placeTag(p) : null;
  }
  if (kind === 'topic') {
    const m = findMediaTopic(t);
    return m ? mediaTopicTag(m) : null;
  }
  if (kind === 'section') return sectionTagFor(t);
  return { type: 'free', value: t, label: t };
}
