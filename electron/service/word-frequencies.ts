// The proofreader's word model in Node (CLI, service, tests): jieba's dictionary as shipped in
// the @node-rs/jieba package, read once per process. Only its data is used (see
// shared/proof/word-frequencies.ts for why the segmenter itself is not).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseWordFrequencies, type WordFrequencies } from '../../shared/proof';

let cached: WordFrequencies | undefined;

export function dictionaryPath(): string {
  return createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
}

export function wordFrequencies(): WordFrequencies {
  cached ??= parseWordFrequencies(readFileSync(dictionaryPath(), 'utf8'));
  return cached;
}
