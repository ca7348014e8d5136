import { useEffect, useMemo, useState } from 'react';
import { GalleyError } from '../../../shared/errors';
import { compileFind } from '../../../shared/story-ops/find-pattern';
import type { Story } from '../../../shared/model';
import { api } from '../../api';
import { errorText, useT } from '../../i18n';
import { useApp } from '../../state/store';
import { paragraphsOf } from '../correct/body-text';
import { draftText, onDraft } from '../correct/editor-session';
import { findMatches, type FindMatch } from './find-matches';

const PREVIEW_ROWS = 100;
type Scope = 'story' | 'document';

/** The open story as the editor has it right now, so the preview counts what replace-all will see. */
function withDraft(stories: Story[], selectedId: string | null): Story[] {
  const draft = selectedId ? draftText(selectedId) : null;
  if (draft === null) return stories;
  return stories.map((s) => (s.id === selectedId ? { ...s, edited: { ...s.edited, paragraphs: paragraphsOf(draft) } } : s));
}

/** Find and replace in the selected story or the whole document; one replace-all is one undoable operation. */
export function FindReplace() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const errorMessage = (e: GalleyError) => (e.code === 'invalid_regex' ? t('invalidRegex') : errorText(lang, e.code, e.detail));
  const stories = useApp((s) => s.stories);
  const selectedId = useApp((s) => s.selectedId);
  const change = useApp((s) => s.change);
  const notify = useApp((s) => s.notify);
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [regex, setRegex] = useState(false);
  const [scope, setScope] = useState<Scope>('document');
  const [tick, setTick] = useState(0);
  useEffect(() => onDraft(() => setTick((n) => n + 1)), []);

  const ids = useMemo(
    () => (scope === 'story' ? (selectedId ? [selectedId] : []) : stories.map((s) => s.id)),
    [scope, selectedId, stories],
  );
  const preview = useMemo((): { matches: FindMatch[]; error: GalleyError | null } => {
    if (!find) return { matches: [], error: null };
    try {
      const pattern = compileFind(find, regex);
      return { matches: findMatches(withDraft(stories, selectedId), new Set(ids), pattern, replace), error: null };
    } catch (e) {
      // A pattern the service would refuse is refused here with the same message, before sending.
      if (e instanceof GalleyError) return { matches: [], error: e };
      throw e;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- tick: the editor's draft changed
  }, [find, replace, regex, ids, stories, selectedId, tick]);

  const replaceAll = async () => {
    // change() sends the editor's pending typing first, so replace-all sees what the preview counted.
    let count = 0;
    const ok = await change(async (docId) => {
      const r = await api.replaceAll({ docId, storyIds: ids, find, replace, regex });
      count = r.count;
      return r;
    });
    if (ok) notify('info', t('replacedCount', { n: count }));
  };

  return (
    <section className="panel find-panel" aria-label={t('findReplace')} data-testid="find-panel">
      <header>
        <h2>{t('findReplace')}</h2>
      </header>
      <div className="find-form">
        <input data-testid="find-input" aria-label={t('find')} placeholder={t('find')} value={find} onChange={(e) => setFind(e.target.value)} lang="zh-CN" />
        <input data-testid="replace-input" aria-label={t('replaceWith')} placeholder={t('replaceWith')} value={replace} onChange={(e) => setReplace(e.target.value)} lang="zh-CN" />
        <label>
          <input type="checkbox" data-testid="find-regex" checked={regex} onChange={(e) => setRegex(e.target.checked)} /> {t('regex')}
        </label>
        <select data-testid="find-scope" aria-label={t('scope')} value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          <option value="story">{t('scopeStory')}</option>
          <option value="document">{t('scopeDocument')}</option>
        </select>
        <span className="meta" data-testid="find-count" data-count={preview.matches.length}>
          {preview.error ? errorMessage(preview.error) : find ? t('matchCount', { n: preview.matches.length }) : ''}
        </span>
        <button
          type="button"
          className="primary"
          data-testid="replace-all"
          disabled={preview.error !== null || preview.matches.length === 0 || ids.length === 0}
          onClick={() => void replaceAll()}
        >
          {t('replaceAll')}
        </button>
      </div>
      {preview.matches.length > 0 && (
        <ol className="find-preview" data-testid="find-preview">
          {preview.matches.slice(0, PREVIEW_ROWS).map((m, i) => (
            <li key={i} data-testid="find-match" lang="zh-CN">
              <span className="where">
                {m.storyNumber}·{m.field === 'paragraph' ? t('paragraphN', { n: m.index + 1 }) : t(m.field === 'subhead' ? 'subheads' : m.field)}
              </span>
              <span className="ctx">
                {m.before}
                <del>{m.match}</del>
                <ins>{m.replacement}</ins>
                {m.after}
              </span>
            </li>
          ))}
          {preview.matches.length > PREVIEW_ROWS && <li className="meta">{t('moreMatches', { n: preview.matches.length - PREVIEW_ROWS })}</li>}
        </ol>
      )}
    </section>
  );
}
