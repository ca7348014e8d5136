// Accepting suggestions: through the open editor when there is one (so the caret and the
// editor's own history follow), otherwise straight to the service. Either way one operation.
import type { Suggestion } from '../../../shared/proof';
import { api } from '../../api';
import { translate } from '../../i18n';
import { useApp } from '../../state/store';
import { bodyText, paragraphsOf } from '../correct/body-text';
import { applyToStory, draftText } from '../correct/editor-session';
import { applyChanges, suggestionChanges } from './apply-suggestions';

export async function acceptSuggestions(storyId: string, list: readonly Suggestion[]): Promise<void> {
  const app = useApp.getState();
  const story = app.stories.find((s) => s.id === storyId);
  if (!story) return;
  const text = draftText(storyId) ?? bodyText(story.edited.paragraphs);
  const changes = suggestionChanges(text, list);
  if (changes.length === 0) {
    app.notify('info', translate(app.lang, 'suggestionStale'));
    return;
  }
  if (await applyToStory(storyId, changes)) return;
  const paragraphs = paragraphsOf(applyChanges(text, changes));
  await app.change((docId) => api.editStory({ docId, storyId, fields: { paragraphs } }));
}
