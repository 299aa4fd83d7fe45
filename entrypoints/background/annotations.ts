/**
 * Background handlers for annotations. Content scripts are confined to their own tab's page: the
 * page key comes from the sender's URL (and a same-site canonical link), never from the payload.
 */
import { type Browser, browser } from 'wxt/browser';
import { applyChanges } from '@/utils/highlights/model';
import { fromStoredRow, toStoredRow } from '@/utils/highlights/stored-form';
import { usableAnnotationRows } from '@/utils/highlights/usable-rows';
import { type Handlers, senderKind } from '@/utils/messaging';
import { normalizeUrl } from '@/utils/shared/normalize-url';
import {
  deleteAnnotation,
  getAnnotation,
  getDatabase,
  listAllAnnotations,
  listAnnotations,
  putAnnotation,
} from '@/utils/store';
import { injectHighlighter, offerToolbarIn } from './inject-highlighter';
import { hasSiteAccess, toolbarEverywhere } from './permissions';

const fail = (code: 'forbidden' | 'bad-request' | 'not-found', message: string) =>
  Object.assign(new Error(message), { code });
const fromContent = (sender: Browser.runtime.MessageSender) =>
  senderKind(sender, browser.runtime.id) === 'content-script';

/** The page a content script may touch: its own frame's URL, or that page's same-site canonical URL. */
function senderPage(sender: Browser.runtime.MessageSender, canonical?: string | null): string {
  const url = sender.url ? normalizeUrl(sender.url, canonical) : null;
  if (!url) throw fail('forbidden', 'This page cannot hold annotations.');
  return url;
}

/** Loads an annotation the sender may change, or throws. */
async function ownedRow(id: string, sender: Browser.runtime.MessageSender, canonical?: string | null) {
  const row = await getAnnotation(getDatabase(), id);
  if (!row) throw fail('not-found', 'No such annotation.');
  if (fromContent(sender) && row.url !== senderPage(sender, canonical))
    throw fail('forbidden', 'Not this page’s annotation.');
  return row;
}

/** Whose annotations to list: the content script's own page, the page an extension page names, or all (null). */
function listKey(p: { url?: string; canonical?: string | null }, sender: Browser.runtime.MessageSender) {
  if (fromContent(sender)) return senderPage(sender, p.canonical);
  if (!p.url) return null;
  return normalizeUrl(p.url, p.canonical) ?? p.url;
}

/** Annotation message handlers, merged into the background's listener. */
export const annotationHandlers: Handlers = {
  'annotations/list': async (p, sender) => {
    const db = getDatabase();
    const url = listKey(p, sender);
    const rows = url ? await listAnnotations(db, url) : await listAllAnnotations(db);
    return {
      annotations: usableAnnotationRows(rows).map(fromStoredRow),
      siteAccess: url ? await hasSiteAccess(url) : false,
    };
  },
  'annotations/create': async (p, sender) => {
    const url = fromContent(sender)
      ? senderPage(sender, p.canonical)
      : normalizeUrl(p.annotation.target.source);
    if (!url) throw fail('bad-request', 'Annotations need an http(s) page.');
    if (await getAnnotation(getDatabase(), p.annotation.id))
      throw fail('forbidden', 'Annotation id already used.');
    const row = await putAnnotation(getDatabase(), toStoredRow(p.annotation, url));
    return { annotation: fromStoredRow(row), siteAccess: await hasSiteAccess(url) };
  },
  'annotations/update': async (p, sender) => {
    const row = await ownedRow(p.id, sender, p.canonical);
    const next = applyChanges(fromStoredRow(row), p.changes, new Date());
    const saved = await putAnnotation(getDatabase(), {
      ...toStoredRow(next, row.url),
      articleId: row.articleId,
    });
    return { annotation: fromStoredRow(saved) };
  },
  'annotations/delete': async (p, sender) => {
    await ownedRow(p.id, sender, p.canonical);
    return { deleted: Boolean(await deleteAnnotation(getDatabase(), p.id)) };
  },
  'highlighter/wake': async (p, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return { injected: false };
    // A selection, while the reader has the toolbar on everywhere: start it and offer it at once.
    if (p.selection && (await toolbarEverywhere())) {
      await offerToolbarIn(tabId);
      return { injected: true };
    }
    const rows = usableAnnotationRows(await listAnnotations(getDatabase(), senderPage(sender, p.canonical)));
    if (!rows.length) return { injected: false };
    await injectHighlighter(tabId);
    return { injected: true };
  },
  'highlighter/inject': async (p) => {
    await injectHighlighter(p.tabId);
    return { injected: true };
  },
};
