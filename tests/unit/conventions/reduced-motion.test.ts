/**
 * `prefers-reduced-motion` is respected: every source that makes something move (a CSS animation or
 * transition, smooth scrolling) also says what happens when the system asks for reduced motion. The
 * e2e accessibility test checks the rendered pages; this catches a new animation before it ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIRS = ['assets', 'components', 'entrypoints', 'utils'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(css|ts|tsx|html)$/.test(entry.name) ? [path] : [];
  });
}

/** Declarations that start motion: `animation`/`transition` other than none, smooth scrolling. */
const MOTION =
  /(?:^|[\s;{])(?:animation(?:-name)?|transition(?:-property)?)\s*:(?!\s*none\b)[^;}\n]+|scroll-behavior\s*:\s*smooth|behavior\s*:\s*['"]smooth['"]/;

/** Files that move something without a reduced-motion answer. */
function filesMovingWithoutReducedMotion(files: Array<{ name: string; text: string }>): string[] {
  return files
    .filter((f) => MOTION.test(f.text) && !/prefers-reduced-motion/.test(f.text))
    .map((f) => f.name);
}

describe('reduced motion', () => {
  it('every source with an animation, a transition or smooth scrolling handles prefers-reduced-motion', () => {
    const files = DIRS.flatMap((d) => sources(join(ROOT, d))).map((path) => ({
      name: relative(ROOT, path),
      text: readFileSync(path, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(50);
    expect(filesMovingWithoutReducedMotion(files)).toEqual([]);
  });

  it('tells motion from its absence', () => {
    const check = (text: string) => filesMovingWithoutReducedMotion([{ name: 'x', text }]);
    expect(check('.a{animation: spin 1s linear infinite}')).toEqual(['x']);
    expect(check('.a{transition: opacity .2s}')).toEqual(['x']);
    expect(check("el.scrollIntoView({ behavior: 'smooth' })")).toEqual(['x']);
    expect(check('.a{animation: none; transition:none}')).toEqual([]);
    expect(
      check('.a{animation: spin 1s} @media (prefers-reduced-motion: reduce){.a{animation:none}}'),
    ).toEqual([]);
  });
});
