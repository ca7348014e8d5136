import { describe, expect, it } from 'vitest';
import { bodyText, paragraphAt, paragraphsOf } from '../../../renderer/features/correct/body-text';

describe('the body as editor text', () => {
  const paragraphs = ['第一段。', '', '第三段，较长。', '末段'];
  const text = bodyText(paragraphs);

  it('round-trips paragraphs, empty ones included', () => {
    expect(paragraphsOf(text)).toEqual(paragraphs);
  });

  it('maps every offset to its paragraph', () => {
    for (const [i, p] of paragraphs.entries()) {
      const start = paragraphs.slice(0, i).reduce((n, q) => n + q.length + 1, 0);
      for (let off = start; off <= start + p.length; off++) {
        expect(paragraphAt(text, off)).toEqual({ index: i, start, end: start + p.length });
      }
    }
  });

  it('clamps offsets outside the text', () => {
    expect(paragraphAt(text, -5).index).toBe(0);
    expect(paragraphAt(text, text.length + 10).index).toBe(paragraphs.length - 1);
  });
});
