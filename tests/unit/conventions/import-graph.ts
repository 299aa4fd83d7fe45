/** Reads the project's imports from source (no build): every specifier of a file, resolved to a project path. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** One import of a file: the resolved target (project path or bare package) and whether it is type-only. */
export interface ImportEdge {
  target: string;
  typeOnly: boolean;
}

const IMPORT_RE =
  /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Source files (`.ts`, `.tsx`) under `dir`, relative to the root, with `/` separators. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      const path = posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** Resolves a specifier written in `from` to a project path, or returns the bare package name. */
export function resolveSpecifier(from: string, specifier: string): string {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? posix.normalize(posix.join(posix.dirname(from), specifier))
      : null;
  if (base === null) return specifier;
  const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ext) => base + ext)
    .find((c) => /\.tsx?$/.test(c) && existsSync(join(ROOT, c)));
  return found ?? base;
}

/** The imports of one source file (comments are not parsed away: keep import-like text out of comments). */
export function importsOf(path: string, code = readFileSync(join(ROOT, path), 'utf8')): ImportEdge[] {
  return [...code.matchAll(IMPORT_RE)].map((m) => ({
    target: resolveSpecifier(path, (m[3] ?? m[4]) as string),
    typeOnly: Boolean(m[2]),
  }));
}

/** Project files reachable from `entry` through value imports (type-only imports are erased). */
export function valueClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (!/\.tsx?$/.test(path)) return;
    for (const edge of importsOf(path)) if (!edge.typeOnly) visit(edge.target);
  };
  visit(relative(ROOT, join(ROOT, entry)));
  return seen;
}
