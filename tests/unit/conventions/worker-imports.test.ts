/**
 * What the scripts without a window must not bundle, read from source (no build): DOMPurify needs a page's
 * window, so in the background's service worker and the workers it never ran, only weighed (the library
 * sanitises what it stores with its allowlist; the reader re-checks with DOMPurify on render). The import
 * worker writes rows and never syncs: the sync code stays the background's.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, valueClosure } from './import-graph';

const BACKGROUND = 'entrypoints/background/index.ts';
const IMPORT_WORKER = 'utils/library/io/import-worker.ts';
const ANALYSIS_WORKER = 'utils/article/tab/analyze-worker.ts';

const isSync = (path: string) => path.startsWith('utils/sync/');

describe('scripts without a window', () => {
  it('never reach DOMPurify: the background, the import worker, the analysis worker', () => {
    for (const entry of [BACKGROUND, IMPORT_WORKER, ANALYSIS_WORKER])
      expect(valueClosure(entry).has('dompurify'), entry).toBe(false);
  });

  it('leave the sync code to the background: the import worker never reaches it', () => {
    expect([...valueClosure(IMPORT_WORKER)].filter(isSync)).toEqual([]);
  });

  it('are read from the real graph (sanity: the reader reaches DOMPurify, the background the sync code)', () => {
    expect(valueClosure('utils/library/reader/reader-html.ts').has('dompurify')).toBe(true);
    expect([...valueClosure(BACKGROUND)].some(isSync)).toBe(true);
    expect(valueClosure(IMPORT_WORKER).has('utils/store/index.ts')).toBe(true);
  });

  it('see an import of DOMPurify or of the sync code, static or dynamic', () => {
    const code = `import DOMPurify from 'dompurify';\nconst sync = () => import('@/utils/sync');\n`;
    expect(importsOf('utils/library/io/x.ts', code).map((e) => e.target)).toEqual([
      'dompurify',
      'utils/sync/index.ts',
    ]);
  });
});
