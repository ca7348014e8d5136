// Runs the proofreader in a Web Worker (built by Vite); where a worker cannot start (e.g. a
// file:// page whose policy refuses it) it falls back to the main thread, after input settles.
import { proofread, type ProofOptions, type Suggestion } from '../../../shared/proof';
import type { ProofRequest, ProofResponse } from './proof.worker';
import { loadWordModel } from './word-model';

interface Waiting {
  text: string;
  options: ProofOptions;
  resolve(s: Suggestion[]): void;
}

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

async function onMainThread(text: string, options: ProofOptions): Promise<Suggestion[]> {
  const words = await loadWordModel();
  return new Promise((resolve) => setTimeout(() => resolve(proofread(text, { ...options, words })), 0));
}

function startWorker(): Worker | null {
  try {
    const w = new Worker(new URL('./proof.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ProofResponse>) => {
      waiting.get(e.data.id)?.resolve(e.data.suggestions);
      waiting.delete(e.data.id);
    };
    w.onerror = () => {
      // The worker failed to load or crashed: stop using it and answer what is waiting here.
      worker = null;
      w.terminate();
      for (const job of waiting.values()) void onMainThread(job.text, job.options).then(job.resolve);
      waiting.clear();
    };
    return w;
  } catch {
    return null;
  }
}

export function proofreadAsync(text: string, options: ProofOptions): Promise<Suggestion[]> {
  if (worker === undefined) worker = startWorker();
  const w = worker;
  if (!w) return onMainThread(text, options);
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { text, options, resolve });
    const request: ProofRequest = { id, text, options };
    w.postMessage(request);
  });
}
