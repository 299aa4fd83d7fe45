/**
 * The libraries a baseline runs with: the project patches some libraries at install time
 * (utils/cli/library-patches.ts), so a baseline timed or compared with this tree must run with the
 * libraries as ITS revision patches them, not as this tree does. Each package either side patches is
 * copied under the baseline's checkout (`<root>/node_modules`, found first by module resolution from its
 * code), this tree's edits are taken back out, and the baseline's own edits applied.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { applyPatch } from '@/utils/cli/apply-library-patch';
import { LIBRARY_PATCHES, type LibraryPatch } from '@/utils/cli/library-patches';

/** The patches of the revision checked out at `root` (none before the project had any). */
function patchesAt(root: string): LibraryPatch[] {
  const file = join(root, 'utils', 'cli', 'library-patches.ts');
  if (!existsSync(file)) return [];
  return (createRequire(import.meta.url)(file) as { LIBRARY_PATCHES: LibraryPatch[] }).LIBRARY_PATCHES;
}

/** Takes this tree's edits of `patch` back out of the copied package under `modules`. */
function unpatch(modules: string, patch: LibraryPatch): void {
  for (const { file, find, replace } of patch.edits) {
    const path = join(modules, patch.name, file);
    const text = readFileSync(path, 'utf8');
    if (text.includes(replace))
      writeFileSync(
        path,
        text.replace(replace, () => find),
      );
  }
}

/** Installs under `root/node_modules` the libraries the baseline at `root` runs with (once per checkout and set of packages). */
export function installBaselineLibraries(projectRoot: string, root: string): void {
  const modules = join(root, 'node_modules');
  const theirs = patchesAt(root);
  const names = new Set([...LIBRARY_PATCHES, ...theirs].map((patch) => patch.name));
  // A checkout made before this tree patched another package gets that package too (else its code would
  // run this tree's patched copy); a copy already made is made again, which gives the same files.
  if ([...names].every((name) => existsSync(join(modules, name)))) return;
  for (const name of names) {
    cpSync(join(projectRoot, 'node_modules', name), join(modules, name), { recursive: true });
  }
  for (const patch of LIBRARY_PATCHES) unpatch(modules, patch);
  const problems = theirs.flatMap((patch) => applyPatch(modules, patch));
  if (problems.length > 0) throw new Error(`baseline libraries: ${problems.join('; ')}`);
}
