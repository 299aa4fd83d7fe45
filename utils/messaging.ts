/**
 * The one typed message protocol. Every message is `{ type, payload }` with a JSON-serialisable
 * payload object; every reply is a `Reply`, so expected failures travel as data, not exceptions.
 * Receivers validate the payload and check the sender before acting (page content is hostile).
 * The other direction, extension → the highlighter in a tab, is `TabMessage` at the end.
 */
import { type Browser, browser } from 'wxt/browser';
import type { AnalysisErrorCode, ArticleAnalysis } from '@/utils/article/types';
import { analysisProblem } from '@/utils/article/validate-analysis';
import type { AnnotationChanges, WebAnnotation } from '@/utils/highlights/model';
import { isAnnotationChanges, isAnnotationId, isWebAnnotation } from '@/utils/highlights/validate';
import { isQuotaError } from '@/utils/shared/quota-error';
import { type Failure, messageOf, type Result } from '@/utils/shared/result';
import { httpUrlProblem, isObject } from '@/utils/shared/validate-fields';
import type { SyncStatus } from '@/utils/sync';

/** Requests and responses by message type. Direction is in each doc comment. */
export interface MessageMap {
  /** popup/library → background: store (or update) an analysed article in the library. */
  'article/save': { request: { analysis: ArticleAnalysis }; response: { id: string; created: boolean } };
  /**
   * reader → background: download one of a saved article's own images the reader asked for (the reader's
   * page makes no request itself: its Content-Security-Policy forbids it).
   */
  'article/load-image': { request: { articleId: string; url: string }; response: { stored: boolean } };
  /**
   * library → background: open `url` (a saved link) in a tab, and once it has loaded save the page as
   * an article into the library (the reader granted that site's access first).
   */
  'article/capture': { request: { url: string }; response: { id: string; created: boolean } };
  /**
   * popup/library/content → background: annotations of one page (`url`, extension pages only; a
   * content script always gets its own tab's page, `canonical` being its `<link rel=canonical>`).
   * Without `url`, extension pages get every annotation.
   */
  'annotations/list': {
    request: { url?: string; canonical?: string | null };
    response: { annotations: WebAnnotation[]; siteAccess: boolean };
  };
  /** content/library → background: store a new annotation (content scripts: for their own page only). */
  'annotations/create': {
    request: { annotation: WebAnnotation; canonical?: string | null };
    response: { annotation: WebAnnotation; siteAccess: boolean };
  };
  /** content/popup/library → background: change note, colour, tags or selectors of an annotation. */
  'annotations/update': {
    request: { id: string; changes: AnnotationChanges; canonical?: string | null };
    response: { annotation: WebAnnotation };
  };
  /** content/popup/library → background: delete an annotation. */
  'annotations/delete': {
    request: { id: string; canonical?: string | null };
    response: { deleted: boolean };
  };
  /**
   * always-on loader → background: inject the full highlighter if this page has annotations, or
   * (`selection`, from the selection loader while the toolbar is on everywhere) to offer its toolbar.
   */
  'highlighter/wake': {
    request: { canonical?: string | null; selection?: boolean };
    response: { injected: boolean };
  };
  /** content → background: open the small page where the reader can let Liseuse restore highlights on this site. */
  'highlighter/request-site-access': { request: Record<string, never>; response: { opened: boolean } };
  /** popup → background: inject the highlighter into a tab (after the reader's click). */
  'highlighter/inject': { request: { tabId: number }; response: { injected: boolean } };
  /** settings → background: where sync stands (last sync, changes waiting, error). */
  'sync/status': { request: Record<string, never>; response: SyncStatus };
  /**
   * settings → background: start syncing with this server (the page asked for the server's host
   * permission first). The passphrase derives the keys and is not kept.
   */
  'sync/start': {
    request: { url: string; username: string; password: string; passphrase: string };
    response: SyncStatus;
  };
  /** settings → background: stop syncing (settings and queued changes kept). */
  'sync/stop': { request: Record<string, never>; response: SyncStatus };
  /** settings → background: sync now rather than at the next alarm. */
  'sync/now': { request: Record<string, never>; response: SyncStatus };
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

export type ErrorCode =
  | AnalysisErrorCode
  | 'bad-request'
  | 'forbidden'
  | 'quota-exceeded'
  | 'not-found'
  | 'newer-database';
/** The background's answer to a message. */
export type Reply<T> = Result<T, Failure<ErrorCode>>;

type Validator<K extends MessageType> = (payload: unknown) => payload is RequestOf<K>;

const isEmpty = (p: unknown): boolean => isObject(p) && Object.keys(p).length === 0;
const isField = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

const isCanonical = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.length <= 4000);

/** Payload validators, one per message type: receivers reject anything else. */
export const validators: { [K in MessageType]: Validator<K> } = {
  'article/save': (p): p is RequestOf<'article/save'> => isObject(p) && analysisProblem(p.analysis) === null,
  'article/load-image': (p): p is RequestOf<'article/load-image'> =>
    isObject(p) && isAnnotationId(p.articleId) && httpUrlProblem(p.url) === null,
  'article/capture': (p): p is RequestOf<'article/capture'> => isObject(p) && httpUrlProblem(p.url) === null,
  'annotations/list': (p): p is RequestOf<'annotations/list'> =>
    isObject(p) && (p.url === undefined || typeof p.url === 'string') && isCanonical(p.canonical),
  'annotations/create': (p): p is RequestOf<'annotations/create'> =>
    isObject(p) && isWebAnnotation(p.annotation) && isCanonical(p.canonical),
  'annotations/update': (p): p is RequestOf<'annotations/update'> =>
    isObject(p) && isAnnotationId(p.id) && isAnnotationChanges(p.changes) && isCanonical(p.canonical),
  'annotations/delete': (p): p is RequestOf<'annotations/delete'> =>
    isObject(p) && isAnnotationId(p.id) && isCanonical(p.canonical),
  'highlighter/wake': (p): p is RequestOf<'highlighter/wake'> =>
    isObject(p) &&
    isCanonical(p.canonical) &&
    (p.selection === undefined || typeof p.selection === 'boolean'),
  'highlighter/request-site-access': (p): p is RequestOf<'highlighter/request-site-access'> => isEmpty(p),
  'highlighter/inject': (p): p is RequestOf<'highlighter/inject'> =>
    isObject(p) && typeof p.tabId === 'number' && Number.isInteger(p.tabId) && p.tabId >= 0,
  'sync/status': (p): p is RequestOf<'sync/status'> => isEmpty(p),
  'sync/start': (p): p is RequestOf<'sync/start'> =>
    isObject(p) &&
    Object.keys(p).length === 4 &&
    isField(p.url, 2000) &&
    isField(p.username, 500) &&
    isField(p.password, 2000) &&
    isField(p.passphrase, 2000) &&
    p.passphrase.length >= 8,
  'sync/stop': (p): p is RequestOf<'sync/stop'> => isEmpty(p),
  'sync/now': (p): p is RequestOf<'sync/now'> => isEmpty(p),
};

/** Sends a typed message to the background and returns its reply (never throws). */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Reply<ResponseOf<K>>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<ResponseOf<K>> | undefined;
    return reply ?? { ok: false, error: { code: 'internal', message: 'No reply from the background.' } };
  } catch (err) {
    return { ok: false, error: { code: 'internal', message: messageOf(err) } };
  }
}

/** Who sent a message: our own extension pages, or a content script in a tab. */
export type SenderKind = 'extension-page' | 'content-script';

export type Handlers = {
  [K in MessageType]?: (
    payload: RequestOf<K>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<ResponseOf<K>>;
};

/** Which senders each message type accepts; the default is extension pages only. */
export type SenderPolicy = { [K in MessageType]?: SenderKind[] };

/** Classifies a sender; anything not from this extension is `null` and gets rejected. */
export function senderKind(sender: Browser.runtime.MessageSender, ownId: string): SenderKind | null {
  if (sender.id !== ownId) return null;
  if (sender.tab && sender.url && !sender.url.startsWith(`${new URL(browser.runtime.getURL('/')).origin}/`)) {
    return 'content-script';
  }
  return 'extension-page';
}

/** Builds the background's `runtime.onMessage` listener: validate, check the sender, dispatch, wrap. */
export function createMessageListener(handlers: Handlers, policy: SenderPolicy = {}) {
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isObject(message) || typeof message.type !== 'string' || !(message.type in validators))
      return undefined;
    const type = message.type as MessageType;
    const handler = handlers[type] as
      | ((p: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>)
      | undefined;
    if (!handler) return undefined;
    const kind = senderKind(sender, browser.runtime.id);
    const allowed = policy[type] ?? ['extension-page'];
    if (!kind || !allowed.includes(kind)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'forbidden', message: `Sender not allowed for ${type}.` },
      });
    }
    const validate = validators[type] as (p: unknown) => boolean;
    if (!validate(message.payload)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'bad-request', message: `Malformed ${type} payload.` },
      });
    }
    return handler(message.payload, sender).then(
      (value) => ({ ok: true as const, value }),
      (err: unknown) => ({ ok: false as const, error: toReplyError(err) }),
    );
  };
}

/** The first error of a chain (Dexie wraps in `inner`, others in `cause`) that carries its own code. */
function codedError(err: unknown, depth = 0): { code: string; message: string } | null {
  if (!isObject(err) || depth > 4) return null;
  if (typeof err.code === 'string' && typeof err.message === 'string')
    return { code: err.code, message: err.message };
  return codedError(err.inner, depth + 1) ?? codedError(err.cause, depth + 1);
}

function toReplyError(err: unknown): { code: ErrorCode; message: string } {
  const coded = codedError(err);
  if (coded) return { code: coded.code as ErrorCode, message: coded.message };
  if (isQuotaError(err)) return { code: 'quota-exceeded', message: 'Storage is full.' };
  return { code: 'internal', message: messageOf(err) };
}

const PAGES_AND_CONTENT: SenderKind[] = ['extension-page', 'content-script'];

/** Highlighting messages content scripts may send; handlers still confine them to their own tab's page. */
export const annotationSenderPolicy: SenderPolicy = {
  'annotations/list': PAGES_AND_CONTENT,
  'annotations/create': PAGES_AND_CONTENT,
  'annotations/update': PAGES_AND_CONTENT,
  'annotations/delete': PAGES_AND_CONTENT,
  'highlighter/wake': ['content-script'],
  'highlighter/request-site-access': ['content-script'],
};

// Extension → page: commands the background or popup sends to the highlighter in a tab.

/** Commands from the background or popup to the page's highlighter. */
export type TabMessage =
  | { type: 'highlighter/ping' }
  | { type: 'highlighter/highlight-selection' }
  | { type: 'highlighter/status' }
  /** Offers the toolbar for the page's current selection (the toolbar is on everywhere). */
  | { type: 'highlighter/offer-selection' }
  /** Places an orphan on the reader's selection; replies with an AttachOutcome. */
  | { type: 'highlighter/attach-selection'; id: string };

/** Reply to `highlighter/attach-selection`. */
export type AttachOutcome = 'placed' | 'no-selection' | 'failed';

/** Reply to `highlighter/status`: which annotations could not be placed on the page. */
export interface HighlighterStatus {
  anchored: string[];
  orphans: string[];
  /** Those orphans whose passage is now repeated on the page, so no copy could be chosen. */
  ambiguous: string[];
}

/** Validates an incoming tab message. */
export function isTabMessage(v: unknown): v is TabMessage {
  if (typeof v !== 'object' || v === null) return false;
  const { type, id } = v as { type?: unknown; id?: unknown };
  if (type === 'highlighter/attach-selection') return isAnnotationId(id);
  return (
    type === 'highlighter/ping' ||
    type === 'highlighter/highlight-selection' ||
    type === 'highlighter/status' ||
    type === 'highlighter/offer-selection'
  );
}
