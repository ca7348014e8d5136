import { describe, expect, it } from 'vitest';
import { isDevToolsOrReloadKey, type KeyInput } from '../../../electron/dev-shortcuts';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code: /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : k,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
});

describe('isDevToolsOrReloadKey', () => {
  it.each([
    ['F5', key('F5')],
    ['Ctrl+F5', key('F5', { control: true })],
    ['F12', key('F12')],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    // Alt turns I into a dead key on macOS; the physical key still tells.
    ['Cmd+Alt+I', { ...key('ˆ', { meta: true, alt: true }), code: 'KeyI' }],
  ])('blocks %s', (_label, input) => {
    expect(isDevToolsOrReloadKey(input)).toBe(true);
  });

  it.each([
    ['R (the desk has single-key shortcuts)', key('r')],
    ['Shift+I', key('I', { shift: true })],
    ['Ctrl+I (italic in text fields)', key('i', { control: true })],
    ['Ctrl+Z', key('z', { control: true })],
    ['Ctrl+Shift+Z', key('Z', { control: true, shift: true })],
    ['Ctrl+E (export)', key('e', { control: true })],
    ['F1', key('F1')],
  ])('lets %s through', (_label, input) => {
    expect(isDevToolsOrReloadKey(input)).toBe(false);
  });
});
