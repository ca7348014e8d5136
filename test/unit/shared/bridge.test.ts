import { describe, expect, it } from 'vitest';
import { isHostEvent } from '../../../shared/bridge';

describe('host events the preload forwards', () => {
  it('accepts the well-formed ones', () => {
    expect(isHostEvent({ type: 'opened', docId: 'abc123' })).toBe(true);
    expect(isHostEvent({ type: 'menu', command: 'export' })).toBe(true);
    expect(isHostEvent({ type: 'menu', command: 'open' })).toBe(true);
    expect(isHostEvent({ type: 'flush' })).toBe(true);
  });

  it('drops anything else', () => {
    for (const bad of [
      null,
      'flush',
      { type: 'opened', docId: '../../etc' },
      { type: 'opened' },
      { type: 'menu', command: 'quit' },
      { type: 'flush', extra: 1 },
      { type: 'eval', code: 'x' },
    ]) {
      expect(isHostEvent(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
