// Every tag change, for one story or many, is one api.updateTags call: one operation, undoable, audited.
import type { z } from 'zod';
import type { tagSchema } from '../../../shared/api';
import type { Tag } from '../../../shared/model';
import { api } from '../../api';
import { useApp } from '../../state/store';

type ApiTag = z.infer<typeof tagSchema>;
const apiTypes: ReadonlyArray<string> = ['place', 'person', 'org', 'section', 'topic', 'free'] satisfies ApiTag['type'][];

// Stored tags all came through the API's schema, so their type is always one of its kinds.
const toApi = (t: Tag): ApiTag => ({ ...t, type: (apiTypes.includes(t.type) ? t.type : 'free') as ApiTag['type'] });

export function applyTags(storyIds: string[], add: Tag[], remove: Tag[] = []): Promise<boolean> {
  if (storyIds.length === 0 || (add.length === 0 && remove.length === 0)) return Promise.resolve(false);
  return useApp.getState().change((docId) => api.updateTags({ docId, storyIds, add: add.map(toApi), remove: remove.map(toApi) }));
}
