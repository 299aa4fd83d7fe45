/** Bundles utils/highlights/anchoring for injection into a test page (global `__anchoring`). */
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** IIFE source exposing the anchoring API as `window.__anchoring`. */
export async function anchoringBundle(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, '../../../utils/highlights/anchoring/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__anchoring',
    target: 'chrome120',
  });
  return out.outputFiles[0]?.text ?? '';
}
