/**
 * The store packages `npm run zip` writes: the Chrome and Firefox archives and the sources archive AMO asks
 * for, named and versioned from package.json, with the production manifest and the icons at every size.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICON_SIZES } from '@/modules/icons';

const ROOT = resolve(import.meta.dirname, '../..');
let pkg: { name: string; version: string };

async function archive(kind: 'chrome' | 'firefox' | 'sources'): Promise<Record<string, Uint8Array>> {
  const file = resolve(ROOT, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
  const bytes = await readFile(file).catch(() => {
    throw new Error(`${file} is missing: run \`npm run zip\` first`);
  });
  return unzipSync(bytes);
}

function manifestOf(files: Record<string, Uint8Array>) {
  const raw = files['manifest.json'];
  if (!raw) throw new Error('no manifest.json in the archive');
  return JSON.parse(new TextDecoder().decode(raw));
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Uint8Array | undefined): [number, number] | null {
  if (!bytes || bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

beforeAll(async () => {
  pkg = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8'));
});

describe.each(['chrome', 'firefox'] as const)('the %s archive', (browser) => {
  it('carries the package.json version and every icon size, each a PNG of that size', async () => {
    const files = await archive(browser);
    const manifest = manifestOf(files);
    expect(manifest.version).toBe(pkg.version);
    expect(Object.keys(manifest.icons).map(Number)).toEqual([...ICON_SIZES]);
    for (const size of ICON_SIZES) expect(pngSize(files[manifest.icons[size]])).toEqual([size, size]);
    const action = manifest.action ?? manifest.browser_action;
    expect(Object.keys(action.default_icon)).toEqual(['16', '32']);
  });

  it('is the production build: no host access, no source maps', async () => {
    const files = await archive(browser);
    const manifest = manifestOf(files);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions.filter((p: string) => p.includes('://'))).toEqual([]);
    expect(Object.keys(files).filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});

describe('the Firefox archive', () => {
  it('declares its gecko id, no required data collection (what sync sends is optional), and the Firefox versions that understand that', async () => {
    const { gecko, gecko_android } = manifestOf(await archive('firefox')).browser_specific_settings;
    expect(gecko.id).toBe('liseuse@liseuse.app');
    expect(gecko.data_collection_permissions).toEqual({
      required: ['none'],
      optional: ['browsingActivity', 'websiteContent'],
    });
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(Number.parseFloat(gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
  });
});

describe('the sources archive', () => {
  it('holds what rebuilds the extension, and no dependencies, builds or tests', async () => {
    const names = Object.keys(await archive('sources'));
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'modules/icons.ts',
      'assets/icon.svg',
      'entrypoints/popup/index.html',
      'public/_locales/fr/messages.json',
    ])
      expect(names).toContain(needed);
    expect(names.filter((n) => /^(node_modules|\.output|\.wxt|tests)\//.test(n))).toEqual([]);
  });
});
