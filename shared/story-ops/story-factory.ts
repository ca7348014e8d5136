import type { Fields, Story } from '../model';
import { toFields, type SegmentedStory } from '../segment';

export function cloneFields(f: Fields): Fields {
  return { ...f, paragraphs: [...f.paragraphs], subheads: f.subheads.map((s) => ({ ...s })) };
}

export function storyFromSegment(seg: SegmentedStory, id: string): Story {
  const original = toFields(seg);
  return {
    id,
    startLine: seg.startLine,
    endLine: seg.endLine,
    kind: seg.kind,
    original,
    edited: cloneFields(original),
    tags: [],
    status: 'new',
    approval: null,
    rejection: null,
    flags: seg.flags,
    conflicts: [],
  };
}
