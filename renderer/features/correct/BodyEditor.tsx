import { useEffect, useRef } from 'react';
import type { EditorView } from '@codemirror/view';
import { charCount } from '../../../shared/char-count';
import type { Story } from '../../../shared/model';
import { translate, useT } from '../../i18n';
import { useApp } from '../../state/store';
import { bodyText } from './body-text';
import { attach, detach, receive } from './editor-session';
import { createBodyEditor } from './editor-views';

const TOTAL_DELAY = 150;

/**
 * The story body in CodeMirror, against the original. The view is built once per story and
 * diff mode; store updates reach it only when the body changed from outside (undo, replace-all).
 */
export function BodyEditor({ story }: { story: Story }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const mode = useApp((s) => s.diffMode);
  const box = useRef<HTMLDivElement>(null);
  const caretRef = useRef<HTMLSpanElement>(null);
  const totalRef = useRef<HTMLSpanElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const original = bodyText(story.original.paragraphs);
  const text = bodyText(story.edited.paragraphs);

  useEffect(() => {
    if (!box.current) return;
    const current = useApp.getState().stories.find((s) => s.id === story.id) ?? story;
    const lang = () => useApp.getState().lang;
    let totalTimer: ReturnType<typeof setTimeout> | null = null;
    let caretFrame = 0;
    // The status line is written straight into the DOM so typing never re-renders React.
    const writeTotal = (view: EditorView) => {
      if (totalRef.current) totalRef.current.textContent = translate(lang(), 'bodyCharacters', { n: charCount(view.state.doc.toString()) });
    };
    const writeCaret = (view: EditorView) => {
      const line = view.state.doc.lineAt(view.state.selection.main.head);
      if (caretRef.current) caretRef.current.textContent = translate(lang(), 'caretParagraph', { i: line.number, n: charCount(line.text) });
    };
    const handle = createBodyEditor(box.current, {
      mode,
      original,
      text: bodyText(current.edited.paragraphs),
      subheads: current.edited.subheads,
      labels: { revert: translate(lang(), 'revertChange'), edited: translate(lang(), 'correctedText'), original: translate(lang(), 'original') },
      onStatus: (view, typing) => {
        // A caret moved by click or arrow key shows at once; while typing, the status line waits
        // for a pause like the total does, so a keystroke's frame does not also re-lay out the
        // column around the editor for the status text.
        cancelAnimationFrame(caretFrame);
        if (totalTimer) clearTimeout(totalTimer);
        if (!typing) caretFrame = requestAnimationFrame(() => writeCaret(view));
        totalTimer = setTimeout(() => {
          writeTotal(view);
          if (typing) writeCaret(view);
        }, TOTAL_DELAY);
      },
    });
    viewRef.current = handle.view;
    attach(handle.view, story.id, bodyText(current.edited.paragraphs), current.edited.subheads);
    writeTotal(handle.view);
    writeCaret(handle.view);
    return () => {
      if (totalTimer) clearTimeout(totalTimer);
      cancelAnimationFrame(caretFrame);
      detach(handle.view);
      handle.destroy();
      viewRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt only for another story, mode or original
  }, [story.id, mode, original]);

  useEffect(() => {
    receive(story.id, text, story.edited.subheads);
  }, [story.id, text, story.edited.subheads]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    if (totalRef.current) totalRef.current.textContent = translate(lang, 'bodyCharacters', { n: charCount(view.state.doc.toString()) });
    const line = view.state.doc.lineAt(view.state.selection.main.head);
    if (caretRef.current) caretRef.current.textContent = translate(lang, 'caretParagraph', { i: line.number, n: charCount(line.text) });
  }, [lang]);

  return (
    <div className={`body-editor mode-${mode}`}>
      {mode === 'side' && (
        <div className="merge-heads" aria-hidden="true">
          <span>{t('original')}</span>
          <span>{t('correctedText')}</span>
        </div>
      )}
      <div className="body-editor-box" ref={box} data-testid="merge-view" data-mode={mode} />
      <div className="editor-status">
        <span ref={caretRef} data-testid="caret-paragraph" />
        <span data-testid="char-count" ref={totalRef} />
      </div>
    </div>
  );
}
