import { describe, expect, it } from 'vitest';
import { flagged, rulesHit } from './helpers';

describe('English basics', () => {
  it('flags double spaces', () => {
    expect(flagged('The ferry left  at dawn.', 'en.double-space')).toEqual([['  ', ' ']]);
  });

  it('flags straight double quotes among curly ones, with the right curly replacement', () => {
    expect(flagged('He said "yes" and “no” and left.', 'en.straight-quote')).toEqual([
      ['"', '“'],
      ['"', '”'],
    ]);
  });

  it('accepts a story set entirely in straight quotes (Xinhua, AFP feeds)', () => {
    expect(rulesHit('BEIJING, Jan. 12 (Xinhua) -- "The scale hit a record," he said. "It\'s stable."')).toEqual([]);
  });

  it('accepts two spaces after every sentence as a house style, but not one stray double space', () => {
    expect(rulesHit('The ferry left.  It was late.  Nobody minded.')).toEqual([]);
    expect(flagged('The ferry left. It was late.  Nobody  minded.', 'en.double-space')).toHaveLength(2);
  });

  it('flags a straight apostrophe only among curly ones', () => {
    expect(flagged('It’s the city’s boat, isn\'t it?', 'en.straight-quote')).toEqual([["'", '’']]);
    expect(rulesHit("It's the city's boat.")).toEqual([]);
    // All-straight copy: a plural possessive and a quote within a quote are its style too.
    expect(rulesHit('Revenue beat analysts\' estimates, he said, calling it "a \'good\' quarter."')).toEqual([]);
    expect(flagged('Revenue beat analysts\' estimates, he said, calling it “a good quarter.”', 'en.straight-quote')).toEqual([["'", '’']]);
  });

  it('flags a word typed twice, but not a deliberate repeat', () => {
    expect(flagged('The the ferry left at dawn.', 'en.repeated-word')).toEqual([['The the', 'The']]);
    expect(rulesHit('They flew to Walla Walla on Monday.')).toEqual([]);
    expect(flagged('The ferry left at at dawn.', 'en.repeated-word')).toEqual([['at at', 'at']]);
    expect(rulesHit('She had had enough of the delays.')).toEqual([]);
    expect(rulesHit('Boutros Boutros-Ghali met Abdullah Abdullah in Kabul.')).toEqual([]);
    // A doubled name printed the same way twice is its spelling; once, among single uses, a slip.
    expect(rulesHit('Sirhan Sirhan was denied parole. The board said Sirhan Sirhan, 78, was not ready.')).toEqual([]);
    expect(flagged('Reyes said Reyes Reyes would stay.', 'en.repeated-word')).toEqual([['Reyes Reyes', 'Reyes']]);
    expect(flagged('Parole was denied to Sirhan Sirhan Sirhan, 78.', 'en.repeated-word')).toEqual([['Sirhan Sirhan', 'Sirhan']]);
  });

  it('leaves a clean English sentence alone and skips Chinese rules', () => {
    expect(rulesHit('Tickets cost $6.50 (adults), and children under 12 travel free. Sailings start at 6:45 a.m.')).toEqual([]);
  });
});

describe('a word said twice on purpose', () => {
  it('is a slip when said three times', () => {
    expect(flagged('The Fed had had had good reasons to wait.', 'en.repeated-word')).toEqual([['had had had', null]]);
    expect(flagged('What he is saying is that that that is not enough.', 'en.repeated-word')).toEqual([['that that that', null]]);
    expect(flagged('The Fed had had good reasons to wait.', 'en.repeated-word')).toEqual([]);
  });
});
