// The body editor keeps typing as a draft and commits it when typing pauses. Anything that
// changes the document (undo, split, switching documents, leaving the page) must first send
// that draft, so it lands on the story it was typed into. The editor registers its commit here;
// the review slice calls flushPendingCommits() without importing the editor.

export type PendingCommit = () => Promise<void>;

export interface CommitRegistry {
  /** Registers a commit to run on every flush; returns its unregistration. */
  register(commit: PendingCommit): () => void;
  /**
   * Starts every registered commit now, synchronously, so whatever a commit queues is queued
   * ahead of anything the caller queues next. Settles when they all have; never rejects (a
   * failed commit reports its own error).
   */
  flush(): Promise<void>;
}

export function createCommitRegistry(): CommitRegistry {
  const commits = new Set<PendingCommit>();
  return {
    register(commit) {
      commits.add(commit);
      return () => {
        commits.delete(commit);
      };
    },
    flush() {
      const started = [...commits].map((commit) => {
        try {
          return commit().catch(() => undefined);
        } catch {
          return Promise.resolve();
        }
      });
      return Promise.all(started).then(() => undefined);
    },
  };
}

const registry = createCommitRegistry();
export const registerPendingCommit = registry.register;
export const flushPendingCommits = registry.flush;
