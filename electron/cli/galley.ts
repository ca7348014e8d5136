// `npm run -s galley -- <command> …`: the command-line reader for QA and batch use.
// Each command lives in its own module exporting `run(args): Promise<number>` (the exit code).
import { terminalText as t, writeErr, writeOut } from './terminal-text';

const commands: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  split: { summary: 'split FILE [--json]            read a page and print its stories', load: () => import('./split') },
  proof: { summary: 'proof FILE [--json]            proofread a page and print the findings', load: () => import('./proof') },
  convert: {
    summary: 'convert FILE --to FORMAT --out DIR   write every story of a page in FORMAT',
    load: () => import('./convert'),
  },
};

function usage(): string {
  return ['Usage: galley <command> [options]', '', 'Commands:', ...Object.values(commands).map((c) => '  ' + c.summary)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    writeOut(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    writeErr(`galley: unknown command "${t(name)}"\n\n${usage()}\n`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    writeErr(`galley: ${t(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = 1;
  },
);
