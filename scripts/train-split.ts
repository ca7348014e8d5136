// `npm run train:split`: fits the splitter's heading model (shared/segment/heading-model.ts) on
// the development corpus and writes shared/segment/heading-weights.json. Deterministic: fixed
// order, fixed steps, no randomness, weights rounded, so the same data gives the same file.
// Prints accuracy on dev and on the held-out test split (never trained on) against the old
// fixed rule (always kicker over title), so a change that only fits dev shows.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headPairFeatures, upperIsTitle, type HeadingWeights, type HeadPair } from '../shared/segment/heading-model';
import { decodeSource } from '../electron/service/importer';
import { headingPairs as corpusPairs } from '../test/corpus/heading-pairs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'shared', 'segment', 'heading-weights.json');

/** A hand-read page's head counts this many generated ones: it is real layout, read by a person. */
const FIXTURE_WEIGHT = 3;

export interface LabelledPair extends HeadPair {
  /** 1: the upper line is the title (title over deck); 0: kicker over title. */
  y: 0 | 1;
}

interface ExpectedFile {
  stories: { headline: string | null; subheadline: string | null; paragraphs: string[]; startLine: number; endLine: number }[];
}

/** Two-line heads read off the hand-read fixture pages: which line the expected headline is. */
export function fixturePairs(): LabelledPair[] {
  const dirs = [path.join(root, 'test', 'fixtures', 'pages'), path.join(root, '..', 'shared', 'seeds')];
  const out: LabelledPair[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.expected.json')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const txt = path.join(dir, name.replace(/\.expected\.json$/, '.txt'));
      let text: string;
      try {
        // Through the importer, as the app reads it: some fixtures are GB18030 or CRLF bytes.
        text = decodeSource(readFileSync(txt)).text;
      } catch {
        continue;
      }
      const lines = text.split('\n').map((l) => l.trim());
      const expected = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ExpectedFile;
      for (const s of expected.stories) {
        if (!s.headline || !s.subheadline) continue;
        const block = lines.slice(s.startLine - 1, s.endLine).filter((l) => l !== '');
        const t = block.indexOf(s.headline);
        if (t < 0 || t > 2) continue;
        const lead = s.paragraphs[0] ?? '';
        const above = block[t - 1];
        const below = block[t + 1];
        if (above && s.subheadline.startsWith(above)) out.push({ upper: above, lower: s.headline, lead, y: 0 });
        else if (below && !/^[—-]/.test(below) && s.subheadline.includes(below)) out.push({ upper: s.headline, lower: below, lead, y: 1 });
      }
    }
  }
  return out;
}

/**
 * Logistic regression by full-batch gradient descent with L2: small data, exact and repeatable.
 * Each example carries a weight: the two classes are balanced (the generated corpus has more
 * title-over-deck heads than kicker-over-title ones; real pages have both about equally often),
 * and hand-read pages count more than generated ones.
 */
export function train(pairs: readonly (LabelledPair & { weight?: number })[], steps = 600, rate = 0.5, l2 = 0.002): HeadingWeights {
  const feats = pairs.map((p) => headPairFeatures(p));
  const positives = pairs.reduce((n, p) => n + (p.weight ?? 1) * p.y, 0);
  const total = pairs.reduce((n, p) => n + (p.weight ?? 1), 0);
  const classWeight = (y: 0 | 1) => (y === 1 ? total / (2 * Math.max(positives, 1e-9)) : total / (2 * Math.max(total - positives, 1e-9)));
  const sample = pairs.map((p) => (p.weight ?? 1) * classWeight(p.y));
  const names = [...new Set(feats.flat())].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = feats.map((f) => f.map((n) => index.get(n)!));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = total;
  for (let step = 0; step < steps; step++) {
    const grad = new Float64Array(names.length);
    let gb = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const j of row) z += w[j]!;
      const err = (1 / (1 + Math.exp(-z)) - pairs[i]!.y) * sample[i]!;
      gb += err;
      for (const j of row) grad[j]! += err;
    });
    bias -= (rate * gb) / n;
    for (let j = 0; j < w.length; j++) w[j]! -= rate * (grad[j]! / n + l2 * w[j]!);
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    if (Math.abs(w[j]!) >= 1e-4) weights[name] = round(w[j]!);
  });
  return { bias: round(bias), weights };
}

function accuracy(pairs: readonly LabelledPair[], model: HeadingWeights): number {
  if (pairs.length === 0) return NaN;
  return pairs.filter((p) => (upperIsTitle(p, model) >= 0.5 ? 1 : 0) === p.y).length / pairs.length;
}

function ruleAccuracy(pairs: readonly LabelledPair[]): number {
  return pairs.length === 0 ? NaN : pairs.filter((p) => p.y === 0).length / pairs.length;
}

/** The model as shipped: dev pairs and the hand-read pages, nothing from the test split. */
export function trainHeadingModel(): HeadingWeights {
  return train([...corpusPairs('dev'), ...fixturePairs().map((p) => ({ ...p, weight: FIXTURE_WEIGHT }))]);
}

/** Five folds over dev, each holding whole articles out: what the model does on heads it has not seen. */
function crossValidate(dev: readonly (LabelledPair & { article: string })[], extra: readonly (LabelledPair & { weight?: number })[]): { accuracy: number; misses: LabelledPair[] } {
  const fold = (a: string) => [...a].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 5;
  let right = 0;
  const misses: LabelledPair[] = [];
  for (let k = 0; k < 5; k++) {
    const model = train([...dev.filter((p) => fold(p.article) !== k), ...extra]);
    for (const p of dev.filter((q) => fold(q.article) === k)) {
      if ((upperIsTitle(p, model) >= 0.5 ? 1 : 0) === p.y) right++;
      else misses.push(p);
    }
  }
  return { accuracy: right / dev.length, misses };
}

function main(): void {
  const fixtures = fixturePairs();
  const dev = corpusPairs('dev');
  const test = corpusPairs('test');
  const weightedFixtures = fixtures.map((p) => ({ ...p, weight: FIXTURE_WEIGHT }));
  const model = trainHeadingModel();
  const cv = crossValidate(dev, weightedFixtures);
  writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : `${(100 * x).toFixed(1)}%`);
  console.log(`heading model: ${Object.keys(model.weights).length} weights → ${path.relative(root, OUT)}`);
  console.log('pairs            n   model   old rule');
  for (const [name, set] of [['dev', dev], ['fixtures', fixtures], ['test (held out)', test]] as const) {
    console.log(`${name.padEnd(16)} ${String(set.length).padStart(4)}  ${pct(accuracy(set, model)).padStart(6)}  ${pct(ruleAccuracy(set)).padStart(6)}`);
  }
  console.log(`dev, 5-fold by article: ${pct(cv.accuracy)}`);
  if (process.argv.includes('--misses')) for (const m of cv.misses) console.log(`  miss y=${m.y}  ${m.upper} / ${m.lower}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
