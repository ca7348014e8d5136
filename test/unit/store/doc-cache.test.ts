// Documents kept in memory are bounded: large ones do not pile up, and one dropped from memory
// is read back from disk exactly as last written.
import { describe, expect, it } from 'vitest';
import { DOC_CACHE_CHARS, Store } from '../../../electron/service/store';
import { freshDir, makeDoc, removeDir } from './fixtures';

describe('the document cache', () => {
  it('drops the least recently used idle documents beyond its budget and reads them back from disk', async () => {
    const dir = await freshDir();
    const store = await Store.open(dir);
    try {
      const big = 'x'.repeat(Math.ceil(DOC_CACHE_CHARS / 2) + 1);
      const a = makeDoc('doc_a', { text: big });
      const b = makeDoc('doc_b', { text: big });
      await store.writeDoc(a);
      const cachedA = await store.readDoc('doc_a');
      expect(cachedA).toBe(a); // served from memory
      await store.writeDoc(b);
      // a and b together exceed the budget: a (least recent) left memory; b stayed.
      expect(await store.readDoc('doc_b')).toBe(b);
      const rereadA = await store.readDoc('doc_a');
      expect(rereadA).not.toBe(a);
      expect(rereadA.doc.text).toBe(big);
      expect(rereadA.stories).toEqual(a.stories);
      // Making room for an import of the cache's size drops everything idle.
      store.trimCache(DOC_CACHE_CHARS);
      expect(await store.readDoc('doc_a')).not.toBe(rereadA);
    } finally {
      await store.close();
      await removeDir(dir);
    }
  });

  it('keeps small documents in memory', async () => {
    const dir = await freshDir();
    const store = await Store.open(dir);
    try {
      const docs = Array.from({ length: 20 }, (_, i) => makeDoc(`doc_${i}`));
      for (const d of docs) await store.writeDoc(d);
      for (const d of docs) expect(await store.readDoc(d.doc.id)).toBe(d);
    } finally {
      await store.close();
      await removeDir(dir);
    }
  });
});
