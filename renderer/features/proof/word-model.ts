// The proofreader's word model in the renderer: jieba's dictionary (from @node-rs/jieba, the
// same file the CLI and the service read) bundled as its own chunk and parsed once, on first
// use, in whichever thread proofreads — so typing never waits for it.
import { parseWordFrequencies, type WordFrequencies } from '../../../shared/proof';

let model: Promise<WordFrequencies | undefined> | undefined;

export function loadWordModel(): Promise<WordFrequencies | undefined> {
  model ??= import('@node-rs/jieba/dict.txt?raw').then(
    (m: { default: string }) => parseWordFrequencies(m.default),
    // Without it only doubles that can't be words (的的) are flagged; everything else still works.
    () => undefined,
  );
  return model;
}
