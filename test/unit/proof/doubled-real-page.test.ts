// The word model on real copy: the seed page is a real page of a provincial daily (names,
// places, figures), unlike the clean pages the injection scorer uses. A character typed twice
// at random places in its story bodies must be found as often as the scorer demands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seeded } from './injection/prng';
import { proofAsCli } from './injection/score';

const TRIALS = 300;
const HAN = /[\u4e00-\u9fff]/;

describe('doubled characters on the real seed page', () => {
  it('finds at least 95% of characters typed twice in story bodies', () => {
    const page = readFileSync('seeds/000_fd21b5ce20d5087d.txt', 'utf8').replace(/\r\n?/g, '\n');
    // Body lines are the long ones; headlines and bylines are short.
    let at = 0;
    const spots: number[] = [];
    for (const line of page.split('\n')) {
      if (line.length > 30) for (let i = 0; i < line.length; i++) if (HAN.test(line[i]!)) spots.push(at + i);
      at += line.length + 1;
    }
    const rng = seeded(115);
    let found = 0;
    const misses: string[] = [];
    for (let t = 0; t < TRIALS; t++) {
      const i = spots[Math.floor(rng() * spots.length)]!;
      const text = page.slice(0, i + 1) + page.slice(i);
      const hit = proofAsCli(text).some((s) => s.rule === 'repeat.char' && s.start <= i + 1 && s.end > i);
      if (hit) found++;
      else misses.push(text.slice(i - 4, i + 6));
    }
    console.log(`doubled characters on the seed page: ${found}/${TRIALS}; missed ${misses.join(' ')}`);
    expect(found / TRIALS).toBeGreaterThanOrEqual(0.95);
  });
});
