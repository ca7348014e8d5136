// Every tag change, for one story or many, is one api.updateTags call: one operation, undoable, audited.
import type { Tag } from '../../../shared/model';
import { api } from '../../api';
import { useApp } from '../../state/store';

export function applyTags(storyIds: string[], add: Tag[], remove: Tag[] = []): Promise<boolean> {
  if (storyIds.length === 0 || (add.length === 0 && remove.length === 0)) return Promise.resolve(false);
  return useApp.getState().change((docId) => api.updateTags({ docId, storyIds, add, remove }));
}
