import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  chunkClosure,
  earlyModules,
  hintedChunks,
  preloadedChunks,
} from '../../../modules/early-modules';

const chunk = (facadeModuleId: string | null, imports: string[] = []) => ({
  type: 'chunk' as const,
  code: 'export{};',
  facadeModuleId,
  imports,
});

/** A popup-like bundle: the entry, the pipeline it imports dynamically, their shared chunks, and others. */
function bundle() {
  return {
    'chunks/popup.js': chunk('/p/entrypoints/popup/index.html', ['chunks/shared.js']),
    'chunks/analyze.js': chunk('/p/utils/article/analyze-document.ts', [
      'chunks/shared.js',
      'chunks/words.js',
    ]),
    'chunks/words.js': chunk(null, ['chunks/tldts.js']),
    'chunks/tldts.js': chunk(null),
    'chunks/shared.js': chunk(null),
    'chunks/store.js': chunk('/p/utils/store/index.ts', ['chunks/shared.js']),
    'assets/popup.css': { type: 'asset' as const },
  };
}

const OPTIONS = { page: 'entrypoints/popup/index.html', modules: ['utils/article/analyze-document.ts'] };

type Handler<A extends unknown[], R> = { handler: (...args: A) => R };

/** The plugin's hooks, called as Vite would (after `configResolved` with base `/`). */
function hooks() {
  const plugin = earlyModules(OPTIONS);
  (plugin.configResolved as (config: { base: string }) => void)({ base: '/' });
  return {
    generate: (plugin.generateBundle as unknown as Handler<[unknown, unknown], void>).handler,
    html: (plugin.transformIndexHtml as unknown as Handler<[string, IndexHtmlTransformContext], unknown>)
      .handler,
  };
}

describe('early modules', () => {
  it('are the chunk of a named module and everything it imports statically, nothing else', () => {
    expect(chunkClosure(bundle(), OPTIONS.modules).sort()).toEqual([
      'chunks/analyze.js',
      'chunks/shared.js',
      'chunks/tldts.js',
      'chunks/words.js',
    ]);
    expect(chunkClosure(bundle(), ['utils/article/missing.ts'])).toEqual([]);
  });

  it("are compiled up front with the page's own chunks, and preloaded without them", () => {
    const pipeline = ['chunks/analyze.js', 'chunks/tldts.js', 'chunks/words.js'];
    expect(hintedChunks(bundle(), OPTIONS).sort()).toEqual(
      [...pipeline, 'chunks/popup.js', 'chunks/shared.js'].sort(),
    );
    expect(preloadedChunks(bundle(), OPTIONS).sort()).toEqual(pipeline);
  });

  it("get the compile hint on their first line, once; other pages' chunks don't", () => {
    const out = bundle();
    const { generate } = hooks();
    generate({}, out);
    generate({}, out);
    expect(out['chunks/analyze.js'].code).toBe(`${COMPILE_HINT}export{};`);
    expect(out['chunks/tldts.js'].code.startsWith(COMPILE_HINT)).toBe(true);
    expect(out['chunks/popup.js'].code.startsWith(COMPILE_HINT)).toBe(true);
    expect(out['chunks/store.js'].code).toBe('export{};');
  });

  it('are preloaded by their page, and by no other page', () => {
    const { html } = hooks();
    const page = '<script type="module" src="/chunks/popup.js"></script>';
    const ctx = (filename: string) => ({ path: '/', filename, bundle: bundle() }) as never;
    const tags = html(page, ctx('/p/entrypoints/popup/index.html')) as Array<{ attrs: { href: string } }>;
    expect(tags.map((t) => t.attrs.href).sort()).toEqual([
      '/chunks/analyze.js',
      '/chunks/tldts.js',
      '/chunks/words.js',
    ]);
    expect(tags.every((t) => (t.attrs as Record<string, unknown>).rel === 'modulepreload')).toBe(true);
    expect(html(page, ctx('/p/entrypoints/library/index.html'))).toEqual([]);
  });
});
