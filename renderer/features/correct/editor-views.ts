// Builds the body editor in one of two shapes: side by side (original | corrected, each change
// revertable with the arrow between them) or inline (changes marked in one editor, each
// revertable). Either way the corrected side is a plain EditorView the session drives.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { MergeView, unifiedMergeView } from '@codemirror/merge';
import { EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, keymap } from '@codemirror/view';
import type { Subhead } from '../../../shared/model';
import { charCountGutter } from './char-count-gutter';
import { flush, noteChange } from './editor-session';
import { subheadAnchors } from './subhead-anchors';
import type { DiffMode } from '../../state/proof-slice';


export interface BodyEditorOptions {
  mode: DiffMode;
  original: string;
  text: string;
  subheads: readonly Subhead[];
  labels: { revert: string; edited: string; original: string };
  /** Called (coalesced) after the document or the caret moved; never does heavy work itself. */
  onStatus(view: EditorView): void;
}

export interface BodyEditorHandle {
  view: EditorView;
  destroy(): void;
}

const readOnly: Extension = [EditorState.readOnly.of(true), EditorView.editable.of(false)];

function editedExtensions(opts: BodyEditorOptions): Extension {
  return [
    history(),
    drawSelection(),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    EditorView.lineWrapping,
    charCountGutter,
    subheadAnchors(opts.subheads),
    EditorView.contentAttributes.of({ 'data-testid': 'body-editor', lang: 'zh-CN', 'aria-label': opts.labels.edited }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) noteChange(u.view);
      // Reverting a chunk is a deliberate act, like accepting a suggestion: commit it at once.
      if (u.transactions.some((tr) => tr.isUserEvent('revert'))) void flush();
      if (u.docChanged || u.selectionSet) opts.onStatus(u.view);
    }),
    EditorView.domEventHandlers({
      blur: () => {
        void flush();
      },
    }),
  ];
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
      b: { doc: opts.text, extensions: editedExtensions(opts) },
      revertControls: 'a-to-b',
      renderRevertControl: revertButton(opts.labels.revert),
      highlightChanges: true,
      gutter: true,
    });
    return { view: merge.b, destroy: () => merge.destroy() };
  }
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: opts.text,
      extensions: [
        editedExtensions(opts),
        unifiedMergeView({
          original: opts.original,
          highlightChanges: true,
          gutter: true,
          allowInlineDiffs: true,
          syntaxHighlightDeletions: false,
          // Only "revert" makes sense here: the corrected text is already what the editor keeps.
          mergeControls: (type, action) => {
            if (type === 'accept') {
              const none = document.createElement('span');
              none.hidden = true;
              return none;
            }
            const b = revertButton(opts.labels.revert)();
            b.textContent = opts.labels.revert;
            b.onmousedown = action;
            return b;
          },
        }),
      ],
    }),
  });
  return { view, destroy: () => view.destroy() };
}
