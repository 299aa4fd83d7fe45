/**
 * The architecture's boundaries, checked on the whole tree on every test run (issue #11): utils/ never
 * imports components/, entrypoints/ or tests/; in-page code never reaches the database; pure cores never
 * touch browser APIs; features depend on each other in one direction and through entry files only.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles, valueClosure } from './import-graph';
import { importViolation } from './import-rules';

describe('import boundaries', () => {
  it('hold on every file of utils/, components/ and entrypoints/', () => {
    const files = ['utils', 'components', 'entrypoints'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(200);
    const violations = files.flatMap((from) =>
      importsOf(from).flatMap(({ target, typeOnly }) => {
        const why = importViolation(from, target, typeOnly);
        return why ? [`${from} → ${target}: ${why}`] : [];
      }),
    );
    expect(violations).toEqual([]);
  });

  it('keep the database and sync out of everything the content scripts load', () => {
    const entries = sourceFiles('entrypoints').filter((f) =>
      /\.content\.ts$|(highlight|selection)-loader\.ts$|\/highlighter\.ts$/.test(f),
    );
    expect(entries).toContain('entrypoints/highlighter.ts');
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) {
      const reached = [...valueClosure(entry)];
      const stored = reached.filter((p) => p === 'dexie' || /^utils\/(store|sync)\//.test(p));
      expect(stored).toEqual([]);
    }
  });

  it('reject each forbidden import', () => {
    const forbidden: Array<[string, string]> = [
      ['utils/library/save/save-service.ts', 'components/popup/PopupApp.tsx'],
      ['utils/shared/fold.ts', 'entrypoints/background/index.ts'],
      ['utils/cli/start.ts', 'tests/e2e/support/fixtures.ts'],
      ['components/popup/PopupApp.tsx', 'entrypoints/popup/main.tsx'],
      ['utils/highlights/page/highlighter.ts', 'utils/store/index.ts'],
      ['utils/highlights/paint/mark-painter.ts', 'dexie'],
      ['entrypoints/highlighter.ts', 'utils/store/database.ts'],
      ['utils/highlights/page/highlighter.ts', 'utils/sync/index.ts'],
      ['entrypoints/highlighter.ts', 'utils/sync/crypto/index.ts'],
      ['utils/store/articles.ts', 'utils/sync/index.ts'],
      ['utils/article/analyze-document.ts', 'wxt/browser'],
      ['utils/highlights/anchoring/anchor.ts', 'utils/messaging.ts'],
      ['utils/store/search/tokenize.ts', 'utils/store/database.ts'],
      ['utils/article/entities/index.ts', 'utils/store/types.ts'],
      ['utils/shared/fold.ts', 'utils/article/types.ts'],
      ['utils/store/articles.ts', 'utils/library/library-state.ts'],
      ['utils/article/types.ts', 'utils/messaging.ts'],
      ['utils/library/save/save-tab.ts', 'utils/article/tab/outcome.ts'],
      ['utils/cli/analyze-file.ts', 'utils/article/extract/metadata.ts'],
    ];
    for (const [from, target] of forbidden)
      expect(importViolation(from, target), `${from} → ${target}`).not.toBe(null);
  });

  it('accept what the architecture allows', () => {
    const allowed: Array<[string, string, boolean]> = [
      ['utils/library/save/save-tab.ts', 'utils/article/tab/index.ts', false],
      ['utils/store/search/inverted-index.ts', 'utils/store/types.ts', true],
      ['utils/highlights/page/annotation-client.ts', 'utils/messaging.ts', false],
      ['components/library/LibraryApp.tsx', 'utils/store/index.ts', false],
      ['entrypoints/background/annotations.ts', 'utils/store/index.ts', false],
      ['utils/article/analyze-document.ts', 'utils/shared/fold.ts', false],
      ['utils/sync/adapter/article-record.ts', 'utils/store/index.ts', false],
      ['entrypoints/background/sync.ts', 'utils/sync/index.ts', false],
    ];
    for (const [from, target, typeOnly] of allowed)
      expect(importViolation(from, target, typeOnly), `${from} → ${target}`).toBe(null);
  });
});
