/**
 * The extension's icons at every size the stores and browsers ask for, rendered at build time from the one
 * source `assets/icon.svg` (no PNG is committed, so they cannot drift from it).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { defineWxtModule } from 'wxt/modules';

/** Toolbar 16/32, extensions page 48/96 (Firefox), store and install dialog 128. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** `manifest.icons`: size → path in the build. */
export const MANIFEST_ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

/** Renders `svg` as a square PNG of `size` pixels, drawn at that size (not scaled down from a bitmap). */
export async function renderIcon(svg: Buffer, size: number): Promise<Buffer> {
  const intrinsic = (await sharp(svg).metadata()).width ?? size;
  return sharp(svg, { density: (72 * size) / intrinsic })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

export default defineWxtModule({
  name: 'liseuse-icons',
  setup(wxt) {
    const source = resolve(wxt.config.root, 'assets/icon.svg');
    const outDir = resolve(wxt.config.wxtDir, 'icons');
    wxt.hooks.hook('build:publicAssets', async (_wxt, files) => {
      const svg = await readFile(source);
      await mkdir(outDir, { recursive: true });
      for (const size of ICON_SIZES) {
        const file = resolve(outDir, `${size}.png`);
        await writeFile(file, await renderIcon(svg, size));
        files.push({ absoluteSrc: file, relativeDest: `icon/${size}.png` });
      }
    });
  },
});
