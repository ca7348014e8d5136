import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { StatusBadge } from '../approve/StatusBadge';

export function StoryList() {
  const t = useT();
  const stories = useApp((s) => s.stories);
  const selectedId = useApp((s) => s.selectedId);
  const select = useApp((s) => s.select);
  const approved = stories.filter((s) => s.status === 'approved' && s.kind !== 'nonstory').length;
  const total = stories.filter((s) => s.kind !== 'nonstory').length;
  return (
    <section className="panel stories" aria-label={t('stories')}>
      <header>
        <h2>{t('stories')}</h2>
        <span className="meta" data-testid="progress">
          {t('progress', { n: approved, m: total })}
        </span>
      </header>
      <ol data-testid="story-list">
        {stories.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              data-testid="story-item"
              aria-current={s.id === selectedId ? 'true' : undefined}
              className={`story-item kind-${s.kind}${s.id === selectedId ? ' selected' : ''}`}
              onClick={() => select(s.id)}
            >
              <span className="num">{i + 1}</span>
              <span className="title">{s.edited.headline ?? <em>{t('noHeadline')}</em>}</span>
              <span className="badges">
                <StatusBadge status={s.status} />
                {s.kind !== 'article' && <span className="badge kind">{t(`kind_${s.kind}`)}</span>}
                {s.flags.map((f) => (
                  <span key={f.code} className="badge flag" title={`${Math.round(f.confidence * 100)}%`}>
                    {t(`flag_${f.code}`)}
                  </span>
                ))}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
