/** Applies the edits of utils/cli/library-patches.ts to files in node_modules (see patch-libraries.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryEdit, LibraryPatch } from './library-patches';

/** What one edit does to a file's text: the new text, or why it cannot. */
export function applyEdit(text: string, edit: LibraryEdit): { text: string } | { error: string } {
  if (text.includes(edit.replace)) return { text };
  const at = text.indexOf(edit.find);
  if (at < 0) return { error: `${edit.file}: the text to replace is not there` };
  if (text.indexOf(edit.find, at + 1) >= 0)
    return { error: `${edit.file}: the text to replace is not unique` };
  return { text: text.slice(0, at) + edit.replace + text.slice(at + edit.find.length) };
}

/** Applies one package's edits under `modules`; returns the problems (none when all applied). */
export function applyPatch(modules: string, patch: LibraryPatch): string[] {
  const dir = join(modules, patch.name);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  if (version !== patch.version) {
    return [`${patch.name} is ${version}, the patch was written for ${patch.version}: revisit it`];
  }
  const problems: string[] = [];
  for (const edit of patch.edits) {
    const path = join(dir, edit.file);
    const result = applyEdit(readFileSync(path, 'utf8'), edit);
    if ('error' in result) problems.push(`${patch.name}: ${result.error}`);
    else writeFileSync(path, result.text);
  }
  return problems;
}
