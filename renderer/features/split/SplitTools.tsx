import type { StoryKind } from '../../../shared/model';
import { api } from '../../api';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';

const kinds: StoryKind[] = ['article', 'photo', 'brief', 'nonstory'];

/** One-action fixes to the split; each is one undoable operation. */
export function SplitTools({ caretLine }: { caretLine: number | null }) {
  const t = useT();
  const stories = useApp((s) => s.stories);
  const selectedId = useApp((s) => s.selectedId);
  const change = useApp((s) => s.change);
  const i = stories.findIndex((s) => s.id === selectedId);
  const story = stories[i];
  const next = stories[i + 1];
  if (!story) return null;
  const canSplit = caretLine !== null && caretLine > story.startLine && caretLine <= story.endLine;
  return (
    <div className="split-tools" role="toolbar" aria-label="split">
      <button type="button" data-testid="split-here" disabled={!canSplit} onClick={() => canSplit && void change((docId) => api.splitStory({ docId, storyId: story.id, atLine: caretLine }))}>
        {t('splitHere')}
        {caretLine ? ` (${caretLine})` : ''}
      </button>
      <button type="button" data-testid="merge-next" disabled={!next} onClick={() => void change((docId) => api.mergeWithNext({ docId, storyId: story.id }))}>
        {t('mergeNext')}
      </button>
      <button type="button" data-testid="boundary-up" disabled={!next} onClick={() => next && void change((docId) => api.moveBoundary({ docId, storyId: story.id, nextStartLine: prevTextLine(stories, i) }))}>
        {t('boundaryUp')}
      </button>
      <button type="button" data-testid="boundary-down" disabled={!next} onClick={() => next && void change((docId) => api.moveBoundary({ docId, storyId: story.id, nextStartLine: nextTextLine(stories, i) }))}>
        {t('boundaryDown')}
      </button>
      <label>
        {t('kind')}{' '}
        <select data-testid="story-kind" value={story.kind} onChange={(e) => {
            // Read now: the request is queued, and by the time it is sent the select shows the old kind again.
            const kind = e.target.value as StoryKind;
            void change((docId) => api.setKind({ docId, storyId: story.id, kind }));
          }}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

// Boundaries move by one printed (non-blank) line; the service re-reads both stories.
function prevTextLine(stories: { startLine: number; endLine: number }[], i: number): number {
  return stories[i]!.endLine;
}
function nextTextLine(stories: { startLine: number; endLine: number }[], i: number): number {
  return stories[i + 1]!.startLine + 1;
}
