import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { inlineChanges, revertChange } from '../../../renderer/features/correct/inline-changes';

const original = ['第一段，文旅旅旅融合。', '第二段不变。', '第三段，记者看到。'].join('\n');

function setup(text: string) {
  const inline = inlineChanges(original, '撤销');
  let state = EditorState.create({ doc: text, extensions: inline.extension });
  const type = (pos: number, insert: string) => {
    // One transaction per character, as typing makes them.
    for (const [i, ch] of [...insert].entries()) state = state.update({ changes: { from: pos + i, insert: ch } }).state;
  };
  const revertAt = (pos: number) => {
    const spec = revertChange(state, inline.changes, pos);
    if (spec) state = state.update(spec).state;
    return spec !== null;
  };
  const chunks = () => state.field(inline.changes.chunks).map((c) => state.sliceDoc(c.fromB, c.endB));
  return { type, revertAt, chunks, text: () => state.doc.toString() };
}

describe('the inline changes view', () => {
  it('finds each changed paragraph against the original, and nothing when unchanged', () => {
    expect(setup(original).chunks()).toEqual([]);
    const s = setup(original.replace('文旅旅旅', '文旅').replace('记者看到', '记者在现场看到'));
    expect(s.chunks()).toEqual(['第一段，文旅融合。', '第三段，记者在现场看到。']);
  });

  it('follows typing key by key: a new change appears, an old one keeps its place', () => {
    const s = setup(original.replace('文旅旅旅', '文旅'));
    s.type(s.text().indexOf('看到'), '正在');
    expect(s.chunks()).toEqual(['第一段，文旅融合。', '第三段，记者正在看到。']);
    // Typing before a change shifts it; it is still found where it now is.
    s.type(0, '新');
    expect(s.chunks()).toEqual(['新第一段，文旅融合。', '第三段，记者正在看到。']);
  });

  it('reverts one change to the original text and leaves the others', () => {
    const s = setup(original.replace('文旅旅旅', '文旅'));
    s.type(s.text().indexOf('记者'), '本报');
    expect(s.revertAt(s.text().indexOf('本报'))).toBe(true);
    expect(s.text()).toBe(original.replace('文旅旅旅', '文旅'));
    expect(s.chunks()).toEqual(['第一段，文旅融合。']);
    expect(s.revertAt(2)).toBe(true);
    expect(s.text()).toBe(original);
    expect(s.chunks()).toEqual([]);
  });

  it('reverts a deleted paragraph break, and finds no change where there is none', () => {
    const s = setup(original.replace('融合。\n第二段', '融合。第二段'));
    expect(s.chunks()).toEqual(['第一段，文旅旅旅融合。第二段不变。']);
    expect(s.revertAt(s.text().indexOf('第三段'))).toBe(false);
    expect(s.revertAt(0)).toBe(true);
    expect(s.text()).toBe(original);
  });
});
