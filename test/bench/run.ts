// `npm run bench`: runs every test/bench/*.bench.ts in turn. Each prints its throughput and its
// ratio to a simple reference measured in the same run, because this machine's speed varies.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const only = process.argv.slice(2);
const dir = import.meta.dirname;
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
for (const f of files) {
  console.log(`\n== ${f.replace('.bench.ts', '')} ==`);
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { bench(): Promise<void> };
  await mod.bench();
}
