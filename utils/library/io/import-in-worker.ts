/** Runs an import in the import worker (import-worker.ts); resolves with the worker's last word. */
import type { ImportEvent, ImportRequest } from './import-protocol';
import type { ImportProgress } from './import-summary';

/** A file to import, progress and cancellation, as the import panel offers them. */
export interface WorkerImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

/** The final event: the summary, or why the import failed. */
export type ImportOutcome = Exclude<ImportEvent, { type: 'progress' }>;

/** Imports `file` off the main thread; the worker ends with the import. */
export function importInWorker(file: { name: string; bytes: Uint8Array }, o: WorkerImportOptions = {}) {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const send = (request: ImportRequest, transfer: Transferable[] = []) =>
    worker.postMessage(request, transfer);
  return new Promise<ImportOutcome>((resolve) => {
    const finish = (outcome: ImportOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (e: MessageEvent<ImportEvent>) => {
      if (e.data.type === 'progress') o.onProgress?.(e.data.progress);
      else finish(e.data);
    };
    worker.onerror = (e) =>
      finish({ type: 'failed', failure: { kind: 'other', message: e.message || 'import worker failed' } });
    o.signal?.addEventListener('abort', () => send({ type: 'cancel' }), { once: true });
    send({ type: 'start', name: file.name, bytes: file.bytes }, [file.bytes.buffer]);
  });
}
