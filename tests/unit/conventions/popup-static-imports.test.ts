/**
 * The popup's first paint must not wait for the database: nothing the popup entry imports statically
 * (type-only imports aside) may reach Dexie or `utils/store`. Those load with `import()` after first paint
 * (`components/popup/load-library.ts`). This reads the sources, so it needs no build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = join(ROOT, 'entrypoints/popup/main.tsx');

/** Value imports and re-exports (`import x from`, `import 'x'`, `export { x } from`), not `import type`. */
function staticSpecifiers(code: string): string[] {
  const found = code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/gm);
  return [...found].flatMap((m) => (m[1] ? [m[1]] : []));
}

function resolveSource(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (base === null) return null;
  const candidates = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext);
  return candidates.find((c) => existsSync(c) && !c.endsWith('/') && /\.(ts|tsx)$/.test(c)) ?? null;
}

/** Every project file and bare package the entry reaches through static imports, with who imported it. */
function staticGraph(entry: string): Map<string, string> {
  const reached = new Map<string, string>([[entry, '(entry)']]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const specifier of staticSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveSource(file, specifier) ?? (specifier.startsWith('.') ? null : specifier);
      if (target === null || reached.has(target)) continue;
      reached.set(target, relative(ROOT, file));
      if (target.startsWith('/')) queue.push(target);
    }
  }
  return reached;
}

describe('popup static imports', () => {
  const graph = staticGraph(ENTRY);

  it('follow the real import graph (sanity: the popup app and its analysis worker client are reached)', () => {
    expect(graph.has(join(ROOT, 'components/popup/PopupApp.tsx'))).toBe(true);
    expect(graph.has(join(ROOT, 'components/popup/load-library.ts'))).toBe(true);
    expect(graph.has(join(ROOT, 'utils/article/tab/analyze-in-worker.ts'))).toBe(true);
  });

  it('leave linkedom to the worker that analyses huge pages', () => {
    expect(graph.has('linkedom')).toBe(false);
  });

  it('never reach Dexie or the db layer', () => {
    const offending = [...graph].filter(
      ([target]) => target === 'dexie' || relative(ROOT, target).startsWith('utils/store/index'),
    );
    expect(offending.map(([target, by]) => `${relative(ROOT, target) || target} ← ${by}`)).toEqual([]);
  });

  it('leave the library lookups to the dynamic import', () => {
    expect(graph.has(join(ROOT, 'components/popup/library-lookups.ts'))).toBe(false);
  });
});
