// A lowdb adapter over one JSON file that writes durably (see durable-file.ts), runs every
// read and write of its file through one queue, and recovers a file that no longer parses:
// it is moved aside, the `.bak` generation is restored if it is usable, and the caller is told.
import type { Adapter } from 'lowdb';
import { backupPath, moveAside, readIfPresent, removeDurable, writeFileDurable } from './durable-file';
import { UnmigratableError } from './migrations';

/** Thrown by a decoder for content that parses as JSON but is not a usable file. */
export class InvalidContent extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidContent';
  }
}

export interface Decoded<T> {
  value: T;
  /** The file was at an older schemaVersion; it is rewritten at the current one after reading. */
  migrated: boolean;
}

export interface RecoveryEvent {
  /** Absolute path of the file that did not parse. */
  file: string;
  /** Absolute path it was moved to. */
  movedTo: string;
  restoredFromBackup: boolean;
  at: string;
}

export interface DurableJsonOptions<T> {
  /** Check and upgrade parsed JSON. Throw InvalidContent (or UnmigratableError) for unusable content; other errors propagate. */
  decode(raw: unknown): Decoded<T>;
  /** Indent the file for people reading it; documents stay compact because they are large and written often. */
  pretty?: boolean;
  onRecovery?(event: RecoveryEvent): void;
}

type Outcome<T> = { ok: true; decoded: Decoded<T> } | { ok: false; reason: string };

export class DurableJsonAdapter<T> implements Adapter<T> {
  private tail: Promise<unknown> = Promise.resolve();
  /** A write waiting in the queue; a newer write replaces its content instead of queueing behind it. */
  private pending: { text: string; done: Promise<void> } | null = null;

  constructor(
    readonly file: string,
    private readonly options: DurableJsonOptions<T>,
  ) {}

  read(): Promise<T | null> {
    return this.enqueue(() => this.load());
  }

  /**
   * Resolves once `data` (or a later value written while this one was still waiting) is durable.
   * The value is serialised now, so later mutation of `data` does not change what is written.
   */
  write(data: T): Promise<void> {
    let text: string;
    try {
      text = this.serialise(data);
    } catch (err) {
      return Promise.reject(err);
    }
    if (this.pending) {
      this.pending.text = text;
      return this.pending.done;
    }
    const job = { text, done: Promise.resolve() };
    this.pending = job;
    job.done = this.enqueue(() => {
      if (this.pending === job) this.pending = null;
      return writeFileDurable(this.file, job.text);
    });
    return job.done;
  }

  /** Delete the file and its backup after every queued write. */
  remove(): Promise<void> {
    this.pending = null; // writes after this call must land after the removal
    return this.enqueue(() => removeDurable(this.file));
  }

  /** Resolves when everything queued so far has finished. */
  flush(): Promise<void> {
    return this.enqueue(async () => undefined);
  }

  private serialise(data: T): string {
    return this.options.pretty ? JSON.stringify(data, null, 2) + '\n' : JSON.stringify(data);
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private attempt(text: string): Outcome<T> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      return { ok: false, reason: (err as Error).message };
    }
    try {
      return { ok: true, decoded: this.options.decode(raw) };
    } catch (err) {
      if (err instanceof InvalidContent || err instanceof UnmigratableError) return { ok: false, reason: err.message };
      throw err;
    }
  }

  private async load(): Promise<T | null> {
    const main = await readIfPresent(this.file);
    if (main.kind === 'absent') return null;
    const outcome = this.attempt(main.text);
    if (outcome.ok) {
      if (outcome.decoded.migrated) await writeFileDurable(this.file, this.serialise(outcome.decoded.value));
      return outcome.decoded.value;
    }
    return this.recover();
  }

  /** The main file is unusable: set it aside (never overwrite it) and fall back to the previous generation. */
  private async recover(): Promise<T | null> {
    const at = new Date();
    const movedTo = await moveAside(this.file, at);
    const bakFile = backupPath(this.file);
    const bak = await readIfPresent(bakFile);
    let restored: T | null = null;
    if (bak.kind === 'text') {
      const outcome = this.attempt(bak.text);
      if (outcome.ok) {
        restored = outcome.decoded.value;
        // The main file is gone, so this write leaves the `.bak` as it is.
        await writeFileDurable(this.file, this.serialise(restored));
      } else {
        // Keep it for inspection; the next write would otherwise replace it.
        await moveAside(bakFile, at);
      }
    }
    this.options.onRecovery?.({ file: this.file, movedTo, restoredFromBackup: restored !== null, at: at.toISOString() });
    return restored;
  }
}
