// Kill a writing process with SIGKILL at random moments, over and over, on the same folder:
// every operation it acknowledged must survive, no file may be damaged, and each restart
// must take over the dead writer's lock.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../electron/service/store';
import { freshDir, removeDir } from './fixtures';

const CYCLES = 60;
// A fixed seed so every run kills at the same points; GALLEY_DURABILITY_SEED replays or varies it.
const DEFAULT_SEED = 20250301;
// Each cycle starts a child, lets it write, kills it and (every other cycle) opens the store: about a second on a slow machine.
const PER_CYCLE_MS = 2000;
const here = path.dirname(fileURLToPath(import.meta.url));

let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await freshDir();
  childScript = path.join(workDir, 'child.mjs');
  // One bundle up front: starting plain node on it is much faster than tsx on every cycle.
  await build({
    entryPoints: [path.join(here, 'durability-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await removeDir(workDir);
});

interface Run {
  pid: number;
  /** The child was killed only once it had acknowledged this many writes (null: killed after a delay, maybe before any). */
  killAfterAcks: number | null;
  readyCount: number;
  lastAck: number;
  lastLib: number;
  lines: string[];
}

/** Start the child, kill it at a random moment, and report what it acknowledged before dying. */
function runAndKill(dataDir: string, random: () => number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Half the cycles die after a random number of acks, half after a random delay from ready.
    const killAfterAcks = random() < 0.5 ? 1 + Math.floor(random() * 12) : null;
    const run: Run = { pid: child.pid ?? -1, killAfterAcks, readyCount: -1, lastAck: -1, lastLib: -1, lines: [] };
    let stderr = '';
    let buffered = '';
    let killed = false;
    let acks = 0;
    const kill = () => {
      if (!killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        run.lines.push(line);
        const [word, num] = line.split(' ');
        if (word === 'ready') {
          run.readyCount = Number(num);
          if (killAfterAcks === null) setTimeout(kill, Math.floor(random() * 31));
        } else if (word === 'ack') {
          run.lastAck = Number(num);
          acks += 1;
          if (killAfterAcks !== null && acks >= killAfterAcks) kill();
        } else if (word === 'lib') {
          run.lastLib = Number(num);
        } else {
          kill();
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // 'close' comes after 'exit' and after stdout is drained, so every ack printed before death has been counted.
      if (signal !== 'SIGKILL') reject(new Error(`child exited ${code}: ${run.lines.join(' | ')} ${stderr}`));
      else resolve(run);
    });
  });
}

/** A small seeded generator so a failure can be replayed with the printed seed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('durability under SIGKILL', () => {
  it(`keeps every acknowledged operation across ${CYCLES} kills`, { timeout: CYCLES * PER_CYCLE_MS }, async () => {
    const seed = Number(process.env['GALLEY_DURABILITY_SEED'] ?? DEFAULT_SEED);
    const random = seeded(seed);
    const dataDir = path.join(workDir, 'data');
    // Operations certainly on disk: everything a child found at start or acknowledged. At most one
    // more can be there: the write in flight when the child died.
    let known = 0;
    let libAcked = -1;
    let totalAcks = 0;
    // Acks the children were certainly allowed to make: those killed on an ack count died only after reaching it.
    let guaranteedAcks = 0;

    let previous = '';
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const run = await runAndKill(dataDir, random);
      const context = `seed ${seed}, cycle ${cycle}; previous child said: ${previous}; this one: ${run.lines.join(', ')}`;
      previous = run.lines.join(', ');
      // The child found every operation acknowledged before (and at most the one in flight).
      expect(run.readyCount, context).toBeGreaterThanOrEqual(known);
      expect(run.readyCount, context).toBeLessThanOrEqual(known + 1);
      const acks = Math.max(0, run.lastAck - run.readyCount + 1);
      if (run.killAfterAcks !== null) expect(acks, context).toBeGreaterThanOrEqual(run.killAfterAcks);
      totalAcks += acks;
      guaranteedAcks += run.killAfterAcks ?? 0;
      known = Math.max(run.readyCount, run.lastAck + 1);
      libAcked = Math.max(libAcked, run.lastLib);
      // It died holding the lock; the next opener must take it over.
      expect(JSON.parse(await fs.readFile(path.join(dataDir, 'galley.lock'), 'utf8')), context).toMatchObject({ pid: run.pid });

      // Every other cycle the next child does the checking; on the others, this process opens the store itself.
      if (cycle % 2 === 1 || cycle === CYCLES - 1) {
        const store = await Store.open(dataDir);
        try {
          expect(store.recoveries, context).toEqual([]);
          const doc = await store.readDoc('durable');
          expect(doc.log.length, context).toBeGreaterThanOrEqual(known);
          expect(doc.log.length, context).toBeLessThanOrEqual(known + 1);
          doc.log.forEach((op, i) => expect(op.id, context).toBe(`op-${i}`));
          if (libAcked >= 0) {
            const last = store.library().settings.dictionary[0] ?? 'op--1';
            expect(Number(last.slice(3)), context).toBeGreaterThanOrEqual(libAcked);
          }
          const names = [...(await fs.readdir(dataDir)), ...(await fs.readdir(path.join(dataDir, 'docs')))];
          expect(names.filter((n) => n.endsWith('.tmp') || n.includes('.corrupt-')), context).toEqual([]);
        } finally {
          await store.close();
        }
      }
    }
    // The test only means something if the children got real work done between kills. Cycles killed
    // after a delay may ack nothing, so the bound counts only what ack-killed cycles must have done.
    expect(guaranteedAcks, `seed ${seed}`).toBeGreaterThan(0);
    expect(totalAcks, `seed ${seed}`).toBeGreaterThanOrEqual(guaranteedAcks);
    // Every acked write is one more operation in the log (writes that landed unacked only add to it).
    expect(known, `seed ${seed}`).toBeGreaterThanOrEqual(totalAcks);
  });
});
