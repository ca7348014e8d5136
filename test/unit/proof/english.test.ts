import { describe, expect, it } from 'vitest';
import { flagged, rulesHit } from './helpers';

describe('English basics', () => {
  it('flags double spaces', () => {
    expect(flagged('The ferry left  at dawn.', 'en.double-space')).toEqual([['  ', ' ']]);
  });

  it('flags straight double quotes with the right curly replacement', () => {
    expect(flagged('He said "yes" and left.', 'en.straight-quote')).toEqual([
      ['"', '“'],
      ['"', '”'],
    ]);
  });

  it('flags a straight apostrophe only among curly ones', () => {
    expect(flagged('It’s the city’s boat, isn\'t it?', 'en.straight-quote')).toEqual([["'", '’']]);
    expect(rulesHit("It's the city's boat.")).toEqual([]);
  });

  it('flags a word typed twice, but not a deliberate repeat', () => {
    expect(flagged('The the ferry left at dawn.', 'en.repeated-word')).toEqual([['The the', 'The']]);
    expect(rulesHit('They flew to Walla Walla on Monday.')).toEqual([]);
    expect(flagged('The ferry left at at dawn.', 'en.repeated-word')).toEqual([['at at', 'at']]);
    expect(rulesHit('She had had enough of the delays.')).toEqual([]);
  });

  it('leaves a clean English sentence alone and skips Chinese rules', () => {
    expect(rulesHit('Tickets cost $6.50 (adults), and children under 12 travel free. Sailings start at 6:45 a.m.')).toEqual([]);
  });
});
