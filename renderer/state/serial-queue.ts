// Requests that change a document must reach the service, and be answered, in the order the
// editor made them: on the web host every call is its own fetch, and a small request sent after
// a large one can otherwise overtake it. One queue runs them one at a time.

export interface SerialQueue {
  /** Runs `task` after every task queued before it has settled; a failure does not stop later tasks. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Settles once everything queued so far has settled. */
  idle(): Promise<void>;
  /** Tasks queued and not yet settled. */
  readonly pending: number;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      pending++;
      const next = tail.then(task).finally(() => {
        pending--;
      });
      tail = next.catch(() => undefined);
      return next;
    },
    idle: () => tail.then(() => undefined),
    get pending() {
      return pending;
    },
  };
}
