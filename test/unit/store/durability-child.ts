// Run by durability.test.ts (bundled by esbuild, then `node child.mjs DATA_DIR`): opens the store,
// checks that the operation log it finds is whole, then appends operations one at a time and
// prints `ack <n>` after each write resolves, until the parent kills it.
import { GalleyError } from '../../../shared/errors';
import type { DocFile } from '../../../shared/model';
import { Store } from '../../../electron/service/store';
import { makeDoc, makeOperation } from './fixtures';

const DOC_ID = 'durable';
const say = (line: string) => process.stdout.write(line + '\n');

async function main(dataDir: string): Promise<void> {
  const store = await Store.open(dataDir);
  let file: DocFile;
  try {
    file = await store.readDoc(DOC_ID);
  } catch (err) {
    if (!(err instanceof GalleyError && err.code === 'not_found')) throw err;
    // A page-sized document so each write takes a realistic time.
    file = makeDoc(DOC_ID, { text: '本报讯 市政府今天召开常务会议，研究部署春季农业生产和防汛准备工作。\n'.repeat(4000) });
  }
  const broken = file.log.findIndex((op, i) => op.id !== `op-${i}`);
  if (broken !== -1 || store.recoveries.length > 0) {
    say(`bad log breaks at ${broken}; recoveries ${JSON.stringify(store.recoveries)}`);
    process.exit(3);
  }
  say(`ready ${file.log.length}`);
  const story = file.stories[0]!;
  for (let n = file.log.length; ; n++) {
    file = { ...file, log: [...file.log, makeOperation(n, story)] };
    await store.writeDoc(file);
    say(`ack ${n}`);
    if (n % 4 === 0) {
      await store.updateLibrary((lib) => {
        lib.settings.dictionary = [`op-${n}`];
      });
      say(`lib ${n}`);
    }
  }
}

main(process.argv[2]!).catch((err: unknown) => {
  say(`error ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});
