/**
 * The import worker: parses, validates and writes an import file off the library page's main thread,
 * so a 100,000-row file never freezes the page. Dexie and IndexedDB work in workers; page HTML from
 * Omnivore archives is parsed with linkedom (no DOMParser here), as in the CLI.
 */
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { getDatabase } from '@/utils/store';
import { createHtmlCleaner } from './html-cleaner';
import { importFailureOf } from './import-failure';
import type { ImportEvent, ImportRequest } from './import-protocol';
import { runImport } from './run-import';

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportEvent): void;
};
let controller: AbortController | null = null;

async function start(name: string, bytes: Uint8Array): Promise<ImportEvent> {
  controller = new AbortController();
  try {
    const summary = await runImport(
      getDatabase(),
      { name, bytes },
      {
        clean: createHtmlCleaner(parseHtmlWithLinkedom),
        signal: controller.signal,
        onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
      },
    );
    return { type: 'done', summary };
  } catch (err) {
    return { type: 'failed', failure: importFailureOf(err) };
  } finally {
    controller = null;
  }
}

scope.onmessage = (e) => {
  if (e.data.type === 'cancel') controller?.abort();
  else void start(e.data.name, e.data.bytes).then((event) => scope.postMessage(event));
};
