// Runs the proofreader in a Web Worker (built by Vite); where a worker cannot start (e.g. a
// file:// page whose policy refuses it) it falls back to the main thread, after input settles.
import { proofread, type ProofOptions, type Suggestion } from '../../../shared/proof';
import type { ProofRequest, ProofResponse } from './proof.worker';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (s: Suggestion[]) => void>();

function startWorker(): Worker | null {
  try {
    const w = new Worker(new URL('./proof.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ProofResponse>) => {
      waiting.get(e.data.id)?.(e.data.suggestions);
      waiting.delete(e.data.id);
    };
    w.onerror = () => {
      // The worker failed to load: answer what is waiting here and stop using it.
      worker = null;
      w.terminate();
      waiting.clear();
    };
    return w;
  } catch {
    return null;
  }
}

function onMainThread(text: string, options: ProofOptions): Promise<Suggestion[]> {
  return new Promise((resolve) => setTimeout(() => resolve(proofread(text, options)), 0));
}

export function proofreadAsync(text: string, options: ProofOptions): Promise<Suggestion[]> {
  if (worker === undefined) worker = startWorker();
  const w = worker;
  if (!w) return onMainThread(text, options);
  const id = nextId++;
  return new Promise((resolve) => {
    let settled = false;
    const done = (s: Suggestion[]) => {
      settled = true;
      resolve(s);
    };
    waiting.set(id, done);
    const request: ProofRequest = { id, text, options };
    w.postMessage(request);
    // If the worker died before answering, answer from the main thread instead.
    w.addEventListener('error', () => !settled && void onMainThread(text, options).then(done), { once: true });
  });
}
