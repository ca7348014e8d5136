// Builds the body editor in one of two shapes: side by side (original | corrected, each change
// revertable with the arrow between them) or inline (changes marked in one editor, each
// revertable). Either way the corrected side is a plain EditorView the session drives.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { MergeView } from '@codemirror/merge';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import type { Subhead } from '../../../shared/model';
import { charCountGutter } from './char-count-gutter';
import { flush, noteChange } from './editor-session';
import { inlineChanges } from './inline-changes';
import { subheadAnchors } from './subhead-anchors';
import type { DiffMode } from '../../state/proof-slice';

export interface BodyEditorOptions {
  mode: DiffMode;
  original: string;
  text: string;
  subheads: readonly Subhead[];
  labels: { revert: string; edited: string; original: string };
  /** Called after the document or the caret moved (`typing`: the document changed); never does heavy work itself. */
  onStatus(view: EditorView, typing: boolean): void;
}

export interface BodyEditorHandle {
  view: EditorView;
  destroy(): void;
}

const readOnly: Extension = [EditorState.readOnly.of(true), EditorView.editable.of(false)];

function editedExtensions(opts: BodyEditorOptions): Extension {
  return [
    history(),
    // No drawSelection(): the browser's own caret and selection, as in a textarea. The drawn
    // cursor costs an extra layout read and a layer redraw on every keystroke, which in this
    // editor was enough to push keys into the following frame (the inline view most).
    keymap.of([...defaultKeymap, ...historyKeymap]),
    EditorView.lineWrapping,
    charCountGutter,
    subheadAnchors(opts.subheads),
    EditorView.contentAttributes.of({ 'data-testid': 'body-editor', lang: 'zh-CN', 'aria-label': opts.labels.edited }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) noteChange(u.view);
      // Reverting a chunk is a deliberate act, like accepting a suggestion: commit it at once.
      if (u.transactions.some((tr) => tr.isUserEvent('revert'))) void flush();
      if (u.docChanged || u.selectionSet) opts.onStatus(u.view, u.docChanged);
    }),
    EditorView.domEventHandlers({
      blur: () => {
        void flush();
      },
    }),
  ];
}

// The editor box is capped at 60% of the window (styles.css). Once the story is taller than that,
// the box is given exactly that height and `contain: strict`, which makes it a layout and paint
// boundary: a keystroke then re-lays out and repaints the editor only, not the right-hand column
// and the page around it. Shorter stories keep growing with their text.
const CAP = 0.6;

function holdHeight(box: HTMLElement): Extension {
  let held = false;
  const fit = (view: EditorView) => {
    // contentHeight comes from the height map: reading it forces no layout.
    const full = view.contentHeight > window.innerHeight * CAP;
    if (full === held) return;
    held = full;
    box.style.height = full ? `${CAP * 100}vh` : '';
    box.style.contain = full ? 'strict' : '';
  };
  return EditorView.updateListener.of((u) => {
    if (u.heightChanged || u.geometryChanged) fit(u.view);
  });
}

function revertButton(title: string): () => HTMLElement {
  return () => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'revert-chunk';
    b.title = title;
    b.setAttribute('aria-label', title);
    b.dataset.testid = 'revert-chunk';
    b.textContent = '⇥';
    return b;
  };
}

export function createBodyEditor(parent: HTMLElement, opts: BodyEditorOptions): BodyEditorHandle {
  if (opts.mode === 'side') {
    const merge = new MergeView({
      parent,
      a: {
        doc: opts.original,
        extensions: [readOnly, EditorView.lineWrapping, EditorView.contentAttributes.of({ lang: 'zh-CN', 'aria-label': opts.labels.original, 'data-testid': 'original-editor' })],
      },
      b: { doc: opts.text, extensions: [editedExtensions(opts), holdHeight(parent)] },
      revertControls: 'a-to-b',
      renderRevertControl: revertButton(opts.labels.revert),
      highlightChanges: true,
      gutter: true,
    });
    return { view: merge.b, destroy: () => merge.destroy() };
  }
  const inline = inlineChanges(opts.original, opts.labels.revert);
  const view = new EditorView({
    parent,
    state: EditorState.create({ doc: opts.text, extensions: [editedExtensions(opts), holdHeight(parent), inline.extension] }),
  });
  return { view, destroy: () => view.destroy() };
}
