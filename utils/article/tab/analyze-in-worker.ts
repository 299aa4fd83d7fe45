/**
 * Runs the analysis in the popup's worker (analyze-worker.ts), for pages too large for the popup's own
 * thread. The worker starts only when such a page comes: loading its script (linkedom, Readability) on
 * every opening would compete with the analysis of ordinary pages on the popup's first open.
 */
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import type { AnalysisResult } from '@/utils/article/types';

type Pending = (result: AnalysisResult) => void;

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 0;

function failAll(code: 'internal' | 'timeout', message: string): void {
  for (const done of pending.values()) done({ ok: false, error: { code, message } });
  pending.clear();
  worker = null;
}

/** The worker, started on first use. */
function analysisWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<{ id: number; result: AnalysisResult }>) => {
    pending.get(e.data.id)?.(e.data.result);
    pending.delete(e.data.id);
  };
  w.onerror = (e) => failAll('internal', e.message || 'The analysis worker failed.');
  worker = w;
  return w;
}

/** Analyses `snapshot` off the main thread. */
export function analyzeInWorker(snapshot: PageSnapshot): Promise<AnalysisResult> {
  const w = analysisWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ id, snapshot });
  });
}

/**
 * Ends the worker and answers its pending analyses with `timeout`: a page the popup gave up on must not keep
 * a core busy for as long as its analysis takes. Returns whether an analysis was cut; the next one starts
 * a new worker.
 */
export function stopWorkerAnalysis(): boolean {
  const running = pending.size > 0;
  worker?.terminate();
  failAll('timeout', 'The analysis was stopped.');
  return running;
}
