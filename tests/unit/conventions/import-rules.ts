/**
 * The architecture's import rules, as one pure function over (importing file, imported file), so the
 * convention test can run them on the whole tree and on imports that must fail. Paths are relative to the
 * project root, with extension; packages are their bare specifier.
 */

/** Feature folders of `utils/`, and which others each may import (always through entry files). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  shared: [],
  article: ['shared'],
  store: ['shared', 'article'],
  highlights: ['shared', 'article', 'store', 'messaging'],
  library: ['shared', 'article', 'store', 'highlights', 'messaging'],
  sync: ['shared', 'article', 'store', 'highlights', 'library'],
  cli: ['shared', 'article', 'store', 'library', 'highlights'],
  messaging: ['shared', 'article', 'store', 'highlights', 'sync'],
};

/** Code that runs in the page's origin: the page's IndexedDB, never ours. */
const IN_PAGE = [
  /^entrypoints\/[^/]+\.content\.ts$/,
  /^entrypoints\/[^/]+\.content\//,
  /^entrypoints\/highlight-loader\.ts$/,
  /^entrypoints\/highlighter\.ts$/,
  /^entrypoints\/selection-loader\.ts$/,
  /^utils\/highlights\/(page|paint|anchoring)\//,
  /^utils\/article\/page-snapshot\.ts$/,
];

/** Pure cores: a Document or text in, data out; the same code in Node and the browser. */
const PURE = [
  /^utils\/article\/(?!tab\/browser-tab-access\.ts$)/,
  /^utils\/highlights\/anchoring\//,
  /^utils\/store\/search\//,
  /^utils\/shared\/(?!i18n\.ts$)/,
];

const BROWSER_APIS = new Set(['wxt/browser', 'webextension-polyfill', 'dexie']);

/** Which feature folder a `utils/` path belongs to (`messaging` for utils/messaging.ts), else null. */
export function featureOf(path: string): string | null {
  if (path === 'utils/messaging.ts') return 'messaging';
  const match = /^utils\/([^/]+)\//.exec(path);
  return match?.[1] ?? null;
}

/** A feature's entry files: its root files and its subfolders' index files. */
export function isEntryFile(path: string): boolean {
  return /^utils\/[^/]+\/[^/]+\.tsx?$/.test(path) || /^utils\/[^/]+\/[^/]+\/index\.tsx?$/.test(path);
}

const isStore = (target: string) => target === 'dexie' || target.startsWith('utils/store/');
/** The database itself: the store minus its pure search core and its row types. */
const isDatabase = (target: string) =>
  isStore(target) && !target.startsWith('utils/store/search/') && target !== 'utils/store/types.ts';

/** Why `from` may not import `target` (a project path or a bare package), or null when it may. */
export function importViolation(from: string, target: string, typeOnly = false): string | null {
  const area = from.split('/')[0];
  if (area === 'utils' && /^(components|entrypoints|tests)\//.test(target))
    return 'utils/ never imports components/, entrypoints/ or tests/';
  if (area === 'components' && /^(entrypoints|tests)\//.test(target))
    return 'components/ never imports entrypoints/ or tests/';
  if (IN_PAGE.some((re) => re.test(from)) && isStore(target))
    return "in-page code never imports the database (the page's IndexedDB is not ours): send a message";
  if (IN_PAGE.some((re) => re.test(from)) && target.startsWith('utils/sync/'))
    return "in-page code never imports sync (keys and the server are the background's): send a message";
  if (PURE.some((re) => re.test(from))) {
    if (BROWSER_APIS.has(target)) return 'pure cores never import browser APIs or the database';
    if (isDatabase(target)) return 'pure cores never import the database';
    if (target === 'utils/store/types.ts' && !typeOnly)
      return 'pure cores only import row types from the store';
    if (target === 'utils/messaging.ts') return 'pure cores never send messages';
  }
  const mine = featureOf(from);
  const theirs = featureOf(target);
  if (area !== 'utils' || !mine || !theirs || mine === theirs || theirs === 'messaging') {
    if (mine && theirs === 'messaging' && !MAY_IMPORT[mine]?.includes('messaging'))
      return `utils/${mine} may not import the message protocol`;
    return null;
  }
  if (!MAY_IMPORT[mine]?.includes(theirs)) return `utils/${mine} may not depend on utils/${theirs}`;
  if (!isEntryFile(target)) return `utils/${theirs} is reached through its entry files, not ${target}`;
  return null;
}
