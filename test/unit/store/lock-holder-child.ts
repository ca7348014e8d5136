// A second Galley-like process for the lock tests: takes the lock named on its command line,
// says "held", and keeps it until it is told to stop (SIGTERM) or its parent goes away.
import { acquireLock } from '../../../electron/service/lock-file';

const lock = await acquireLock(process.argv[2]!);
process.stdout.write('held\n');
const stop = async () => {
  await lock.release();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
