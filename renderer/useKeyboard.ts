import { useEffect } from 'react';
import { api } from './api';
import { useApp } from './state/store';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Desk shortcuts outside text fields: J/K next/previous story, A approve, B send back,
 * S split at the caret line, M merge with next, Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo.
 */
export function useKeyboard(caretLine: number | null): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const s = useApp.getState();
      const story = s.stories.find((x) => x.id === s.selectedId);
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        void s.change((docId) => (e.shiftKey ? api.redo({ docId }) : api.undo({ docId })));
      } else if (mod && key === 'y') {
        e.preventDefault();
        void s.change((docId) => api.redo({ docId }));
      } else if (mod || e.altKey) {
        return;
      } else if (key === 'j') s.selectRelative(1);
      else if (key === 'k') s.selectRelative(-1);
      else if (story && key === 'a') void s.change((docId) => api.setStatus({ docId, storyId: story.id, status: 'approved' }));
      else if (story && key === 'b') void s.change((docId) => api.setStatus({ docId, storyId: story.id, status: 'in_review' }));
      else if (story && key === 'm') void s.change((docId) => api.mergeWithNext({ docId, storyId: story.id }));
      else if (story && key === 's' && caretLine) void s.change((docId) => api.splitStory({ docId, storyId: story.id, atLine: caretLine }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [caretLine]);
}
