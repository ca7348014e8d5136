// Subheads sit before a paragraph. In the editor they are anchored to that paragraph's line and
// move with it as lines are added or removed, and are shown as read-only labels above it.
import { StateEffect, StateField, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import type { Subhead } from '../../../shared/model';

interface Anchor {
  pos: number;
  text: string;
}

const reset = StateEffect.define<Anchor[]>();

class SubheadWidget extends WidgetType {
  constructor(readonly text: string) {
    super();
  }
  override eq(other: SubheadWidget): boolean {
    return other.text === this.text;
  }
  toDOM(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'cm-subhead';
    el.textContent = this.text;
    return el;
  }
}

function anchorsFor(state: EditorState, subheads: readonly Subhead[]): Anchor[] {
  const lines = state.doc.lines;
  return subheads.map((h) => ({ pos: state.doc.line(Math.min(lines, h.beforeParagraph + 1)).from, text: h.text }));
}

const anchorField = StateField.define<Anchor[]>({
  create: () => [],
  update(anchors, tr) {
    for (const e of tr.effects) if (e.is(reset)) return e.value;
    if (!tr.docChanged || anchors.length === 0) return anchors;
    // A subhead follows its paragraph's text: typing at the line start keeps it on that line.
    let moved = false;
    const next = anchors.map((a) => {
      const pos = tr.state.doc.lineAt(tr.changes.mapPos(a.pos, 1)).from;
      if (pos === a.pos) return a;
      moved = true;
      return { ...a, pos };
    });
    return moved ? next : anchors;
  },
});

function build(anchors: readonly Anchor[]): DecorationSet {
  return Decoration.set(
    anchors.map((a) => Decoration.widget({ widget: new SubheadWidget(a.text), block: true, side: -1 }).range(a.pos)),
    true,
  );
}

/**
 * The labels, mapped through each edit rather than rebuilt: a fresh set of block widgets on every
 * keystroke makes the view re-check their heights, which costs the merge view a second layout
 * pass per key. Rebuilt only when a label had to snap to its paragraph's new start.
 */
const labelField = StateField.define<DecorationSet>({
  create: (state) => build(state.field(anchorField)),
  update(deco, tr) {
    const anchors = tr.state.field(anchorField);
    if (anchors === tr.startState.field(anchorField) && !tr.docChanged) return deco;
    const mapped = deco.map(tr.changes);
    const at: number[] = [];
    for (let it = mapped.iter(); it.value; it.next()) at.push(it.from);
    return at.length === anchors.length && anchors.every((a, i) => a.pos === at[i]) && !tr.effects.some((e) => e.is(reset)) ? mapped : build(anchors);
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The extension, seeded with the story's subheads. */
export function subheadAnchors(subheads: readonly Subhead[]) {
  return [anchorField.init((state) => anchorsFor(state, subheads)), labelField];
}

export function resetSubheads(state: EditorState, subheads: readonly Subhead[]): StateEffect<Anchor[]> {
  return reset.of(anchorsFor(state, subheads));
}

export function readSubheads(state: EditorState): Subhead[] {
  const anchors = state.field(anchorField, false) ?? [];
  return anchors.map((a) => ({ beforeParagraph: state.doc.lineAt(a.pos).number - 1, text: a.text }));
}
