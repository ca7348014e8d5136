import { charCount } from '../../../shared/char-count';
import type { Fields } from '../../../shared/model';
import { api } from '../../api';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { FieldInput } from './FieldInput';

/** The selected story's fields; each committed change is one logged, undoable operation. */
export function StoryEditor() {
  const t = useT();
  const story = useApp((s) => s.stories.find((x) => x.id === s.selectedId) ?? null);
  const change = useApp((s) => s.change);
  if (!story) return <p className="empty">{t('noStory')}</p>;
  const e = story.edited;
  const commit = (patch: Partial<Fields>) => void change((docId) => api.editStory({ docId, storyId: story.id, fields: patch }));
  const total = e.paragraphs.reduce((n, p) => n + charCount(p), 0);
  const subheadAt = new Map(e.subheads.map((h) => [h.beforeParagraph, h.text]));
  return (
    <div className="story-editor" data-testid="story-editor" lang="zh-CN">
      <FieldInput label={t('subheadline')} value={e.subheadline} testId="field-subheadline" onCommit={(v) => commit({ subheadline: v })} />
      <FieldInput label={t('headline')} value={e.headline} testId="field-headline" onCommit={(v) => commit({ headline: v })} />
      <FieldInput label={t('byline')} value={e.byline} testId="field-byline" onCommit={(v) => commit({ byline: v })} />
      {e.dateline && <p className="dateline" title={t('dateline')}>{e.dateline}</p>}
      <div className="paragraphs">
        <div className="field-label">
          {t('paragraphs')} · <span data-testid="char-count">{t('characters', { n: total })}</span>
        </div>
        {e.paragraphs.map((p, i) => (
          <div key={`${story.id}-${i}`} className="para">
            {subheadAt.has(i) && (
              <FieldInput
                label={t('subheads')}
                value={subheadAt.get(i) ?? ''}
                testId={`field-subhead-${i}`}
                onCommit={(v) => commit({ subheads: e.subheads.map((h) => (h.beforeParagraph === i ? { ...h, text: v } : h)) })}
              />
            )}
            <FieldInput
              multiline
              label={`${t('paragraph')} ${i + 1} · ${t('characters', { n: charCount(p) })}`}
              value={p}
              testId={`field-paragraph-${i}`}
              onCommit={(v) => commit({ paragraphs: e.paragraphs.map((x, j) => (j === i ? v : x)) })}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
