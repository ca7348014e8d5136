import type { Fields } from '../../../shared/model';
import { api } from '../../api';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { canSwap, handleSwapKey, swapHeading } from '../assign/field-actions';
import { BodyEditor } from './BodyEditor';
import { DiffModeToggle } from './DiffModeToggle';
import { FieldInput } from './FieldInput';

/** The selected story's fields; each committed change is one logged, undoable operation. */
export function StoryEditor() {
  const t = useT();
  const story = useApp((s) => s.stories.find((x) => x.id === s.selectedId) ?? null);
  const change = useApp((s) => s.change);
  if (!story) return <p className="empty">{t('noStory')}</p>;
  const e = story.edited;
  const commit = (patch: Partial<Fields>) => void change((docId) => api.editStory({ docId, storyId: story.id, fields: patch }));
  const swapButton = (which: 'deck' | 'kicker', testId: string) => (
    <button
      type="button"
      className="swap"
      data-testid={testId}
      disabled={!canSwap(story, which)}
      title={t(which === 'deck' ? 'swapDeckHint' : 'swapKickerHint')}
      onClick={() => void swapHeading(story, which)}
    >
      {t(which === 'deck' ? 'swapDeck' : 'swapKicker')}
    </button>
  );
  return (
    <div
      className="story-editor"
      data-testid="story-editor"
      lang="zh-CN"
      onKeyDown={(ev) => {
        if (handleSwapKey(ev, story)) {
          ev.preventDefault();
          ev.stopPropagation();
        }
      }}
    >
      {story.flags.length > 0 && (
        // What the splitter was unsure of, with how sure it was; an unsure heading can be swapped right here.
        <div className="flag-notice" role="status" data-testid="flag-notice">
          <strong>{t('flagsTitle')}</strong>
          <ul>
            {story.flags.map((f, i) => (
              <li key={`${f.code}-${i}`} data-testid="flag-item" data-code={f.code}>
                <span className="flag-text">{t(`flag_${f.code}`)}</span>
                <span className="flag-meta">
                  {t('flagConfidence', { n: Math.round(f.confidence * 100) })}
                  {f.line !== undefined && ` · ${t('flagAtLine', { n: f.line })}`}
                </span>
                {f.code === 'uncertain_heading' && (
                  <span className="flag-actions">
                    <span className="flag-hint">{t('flagHint_uncertain_heading')}</span>
                    {canSwap(story, 'deck') && swapButton('deck', 'flag-swap-deck')}
                    {canSwap(story, 'kicker') && swapButton('kicker', 'flag-swap-kicker')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {story.conflicts.length > 0 && (
        <div className="conflicts" role="alert" data-testid="story-conflicts">
          <strong>{t('conflictsTitle')}</strong>
          <ul>
            {story.conflicts.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
          <button type="button" data-testid="dismiss-conflicts" onClick={() => void change((docId) => api.dismissConflicts({ docId, storyId: story.id }))}>
            {t('dismissConflicts')}
          </button>
        </div>
      )}
      <div className="heading-tools" role="toolbar" aria-label={t('headline')}>
        {swapButton('deck', 'swap-deck')}
        {swapButton('kicker', 'swap-kicker')}
      </div>
      {/* In printed order: the kicker (引题) above the title, the deck (副题) under it. */}
      <FieldInput label={t('kicker')} value={e.kicker} testId="field-kicker" onCommit={(v) => commit({ kicker: v })} />
      <FieldInput label={t('headline')} value={e.headline} testId="field-headline" onCommit={(v) => commit({ headline: v })} />
      <FieldInput label={t('deck')} value={e.deck} testId="field-deck" onCommit={(v) => commit({ deck: v })} />
      <FieldInput label={t('byline')} value={e.byline} testId="field-byline" onCommit={(v) => commit({ byline: v })} />
      {e.dateline && <p className="dateline" title={t('dateline')}>{e.dateline}</p>}
      {e.subheads.length > 0 && (
        <div className="subhead-fields">
          {e.subheads.map((h, i) => (
            <FieldInput
              key={`${story.id}-${i}`}
              label={`${t('subheads')} · ${t('beforeParagraph', { n: h.beforeParagraph + 1 })}`}
              value={h.text}
              testId={`field-subhead-${i}`}
              onCommit={(v) => commit({ subheads: e.subheads.map((x, j) => (j === i ? { ...x, text: v } : x)) })}
            />
          ))}
        </div>
      )}
      <div className="paragraphs">
        <div className="body-head">
          <span className="field-label">{t('paragraphs')}</span>
          <span className="spacer" />
          <DiffModeToggle />
        </div>
        <BodyEditor story={story} />
      </div>
    </div>
  );
}
