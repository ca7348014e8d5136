// The inline changes view: the corrected text with every change against the original marked in
// place — inserted text highlighted, deleted text struck through where it was — and a revert
// button after each change. It uses @codemirror/merge's chunk diff but not its unifiedMergeView:
// that view puts a block widget before every changed line and builds a new one whenever the
// chunk is re-diffed, i.e. on every key typed inside a change, and a new block widget makes the
// gutters re-align around it in the measure pass. Traced on a 20,000-character story that was
// a second layout in each keystroke's frame (≈ +1 ms forced layout, +1 ms compositing inputs,
// +0.7 ms layout after measure). Here every widget compares equal by content, so a keystroke
// only re-renders the line it changed.
import { Chunk } from '@codemirror/merge';
import { RangeSet, StateField, Text, type EditorState, type Extension, type Range, type TransactionSpec } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, ViewPlugin, WidgetType, gutter, type DecorationSet, type ViewUpdate } from '@codemirror/view';

// As @codemirror/merge's own default: the diff gives up on precision rather than time.
const DIFF = { scanLimit: 500 };

export interface InlineChanges {
  original: Text;
  chunks: StateField<readonly Chunk[]>;
}

function chunkField(original: Text): StateField<readonly Chunk[]> {
  return StateField.define<readonly Chunk[]>({
    create: (state) => Chunk.build(original, state.doc, DIFF),
    // Only the text around the edit is diffed again (≈ 0.1 ms a key on a long story).
    update: (chunks, tr) => (tr.docChanged ? Chunk.updateB(chunks, original, tr.newDoc, tr.changes, DIFF) : chunks),
  });
}

class Deleted extends WidgetType {
  constructor(readonly text: string) {
    super();
  }
  override eq(other: Deleted): boolean {
    return other.text === this.text;
  }
  toDOM(): HTMLElement {
    const el = document.createElement('del');
    el.className = 'cm-deletedText';
    // A removed paragraph break shows as a mark; the text around it stays on its own lines.
    el.textContent = this.text.replace(/\n/g, '⏎');
    return el;
  }
}

class Revert extends WidgetType {
  constructor(
    readonly label: string,
    readonly revert: (view: EditorView, pos: number) => void,
  ) {
    super();
  }
  override eq(other: Revert): boolean {
    return other.label === this.label;
  }
  toDOM(view: EditorView): HTMLElement {
    const wrap = document.createElement('span');
    wrap.className = 'cm-chunkButtons';
    const b = wrap.appendChild(document.createElement('button'));
    b.type = 'button';
    b.className = 'revert-chunk';
    b.title = this.label;
    b.dataset.testid = 'revert-chunk';
    b.textContent = this.label;
    // The widget is reused as its change moves, so the change is looked up where it is now.
    b.onmousedown = (e) => {
      e.preventDefault();
      this.revert(view, view.posAtDOM(wrap));
    };
    return wrap;
  }
  override ignoreEvent(): boolean {
    return true;
  }
}

const changedLine = Decoration.line({ class: 'cm-inlineChangedLine' });
const changedText = Decoration.mark({ class: 'cm-changedText' });
const gutterMark = new (class extends GutterMarker {
  override elementClass = 'cm-inlineChangedLineGutter';
})();

/** The edit that puts the original text of the change at `pos` back, or null when no change is there. */
export function revertChange(state: EditorState, changes: InlineChanges, pos: number): TransactionSpec | null {
  const chunk = state.field(changes.chunks).find((c) => c.fromB <= pos && c.endB >= pos);
  if (!chunk) return null;
  let insert = changes.original.sliceString(chunk.fromA, Math.max(chunk.fromA, chunk.toA - 1));
  if (chunk.fromA !== chunk.toA && chunk.toB <= state.doc.length) insert += state.lineBreak;
  return { changes: { from: chunk.fromB, to: Math.min(state.doc.length, chunk.toB), insert }, userEvent: 'revert' };
}

function build(view: EditorView, changes: InlineChanges, revert: Revert): { deco: DecorationSet; gutter: RangeSet<GutterMarker> } {
  const { doc } = view.state;
  const { from, to } = view.viewport;
  const deco: Range<Decoration>[] = [];
  const marks: Range<GutterMarker>[] = [];
  for (const chunk of view.state.field(changes.chunks)) {
    if (chunk.fromB > to) break;
    if (chunk.endB < from) continue;
    // A chunk empty on this side (whole lines deleted) is shown on the line that follows it.
    const first = doc.lineAt(Math.min(chunk.fromB, doc.length));
    for (let line = first; ; line = doc.line(line.number + 1)) {
      deco.push(changedLine.range(line.from));
      marks.push(gutterMark.range(line.from));
      if (line.to >= chunk.endB || line.number === doc.lines) break;
    }
    for (const c of chunk.changes) {
      const at = chunk.fromB + c.fromB;
      if (c.toA > c.fromA) deco.push(Decoration.widget({ widget: new Deleted(changes.original.sliceString(chunk.fromA + c.fromA, chunk.fromA + c.toA)), side: -1 }).range(at));
      if (c.toB > c.fromB) deco.push(changedText.range(at, chunk.fromB + c.toB));
    }
    deco.push(Decoration.widget({ widget: revert, side: 1 }).range(Math.min(chunk.endB, doc.length)));
  }
  return { deco: Decoration.set(deco, true), gutter: RangeSet.of(marks, true) };
}

/** The extension; `label` names the revert button. */
export function inlineChanges(original: string, label: string): { extension: Extension; changes: InlineChanges } {
  const text = Text.of(original.split(/\r?\n/));
  const changes: InlineChanges = { original: text, chunks: chunkField(text) };
  const revert = new Revert(label, (view, pos) => {
    const spec = revertChange(view.state, changes, pos);
    if (spec) view.dispatch(spec);
  });
  const plugin = ViewPlugin.fromClass(
    class {
      deco: DecorationSet;
      gutter: RangeSet<GutterMarker>;
      constructor(view: EditorView) {
        ({ deco: this.deco, gutter: this.gutter } = build(view, changes, revert));
      }
      update(u: ViewUpdate) {
        if (u.docChanged || u.viewportChanged) ({ deco: this.deco, gutter: this.gutter } = build(u.view, changes, revert));
      }
    },
    { decorations: (p) => p.deco },
  );
  const extension: Extension = [
    changes.chunks,
    plugin,
    gutter({ class: 'cm-changeGutter', markers: (view) => view.plugin(plugin)?.gutter ?? RangeSet.empty }),
    EditorView.editorAttributes.of({ class: 'cm-merge-b' }),
    EditorView.baseTheme({
      '.cm-changeGutter': { width: '3px', paddingLeft: '1px' },
      '.cm-inlineChangedLineGutter': { background: '#75d' },
      '.cm-inlineChangedLine': { backgroundColor: 'rgba(100, 160, 128, .08)' },
      '.cm-chunkButtons': { marginLeft: '6px' },
    }),
  ];
  return { extension, changes };
}
