/**
 * Applies LIBRARY_PATCHES to node_modules (run by `npm install`'s postinstall, before `wxt prepare`).
 * Idempotent: an edit already made is skipped. An edit that finds neither its text nor its replacement, or a
 * package at another version, fails the install with a message: the patch must be revisited, never skipped.
 * Usage: tsx utils/cli/patch-libraries.ts [NODE_MODULES_DIR]
 */
import { join, resolve } from 'node:path';
import { applyPatch } from './apply-library-patch';
import { LIBRARY_PATCHES } from './library-patches';

const modules = resolve(process.argv[2] ?? join(import.meta.dirname, '../../node_modules'));
const problems = LIBRARY_PATCHES.flatMap((patch) => applyPatch(modules, patch));
for (const problem of problems) console.error(`patch-libraries: ${problem}`);
if (problems.length > 0) process.exit(1);
