/**
 * The highlighter as it runs on a live page: wires the document, message store and translations
 * into `startHighlighter`, and answers the extension's tab messages (context menu, keyboard command,
 * the popup's list). Its life is the extension's alone: nothing the page can dispatch stops it.
 */
import { type Browser, browser } from 'wxt/browser';
import { isTabMessage } from '@/utils/messaging';
import { pageStore } from './annotation-client';
import { startHighlighter } from './highlighter';

/** Starts highlighting the current page until `signal` aborts. */
export function runPageHighlighter(signal: AbortSignal): void {
  const highlighter = startHighlighter({
    doc: document,
    root: () => document.body ?? document.documentElement,
    store: pageStore(document),
    source: () => location.href,
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    signal,
    watch: true,
    siteHint: true,
    // The e2e builds' tests read them (modes `e2e`, `e2e-all-sites`); a production page must not learn
    // how many notes its reader keeps.
    statusAttributes: import.meta.env.MODE.startsWith('e2e'),
  });
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own background or popup may drive the highlighter, never another tab's script.
    if (sender.id !== browser.runtime.id || sender.tab || !isTabMessage(message)) return undefined;
    if (message.type === 'highlighter/ping') return Promise.resolve(true);
    if (message.type === 'highlighter/status') return highlighter.ready.then(() => highlighter.status());
    if (message.type === 'highlighter/attach-selection') return highlighter.attachSelection(message.id);
    if (message.type === 'highlighter/offer-selection') return highlighter.offerSelection();
    return highlighter.highlightSelection();
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

/** Where the running instance keeps its stop switch: a global of the extension's isolated world. */
const RUNNING = Symbol.for('liseuse.highlighter');

type WorldGlobals = typeof globalThis & { [RUNNING]?: AbortController };

/**
 * Starts the page's highlighter, stopping an earlier instance first (the extension was reloaded and
 * injected again). The stop switch lives in the content scripts' isolated world, which page scripts
 * cannot see or reach.
 */
export function startPageHighlighterOnce(): void {
  const world = globalThis as WorldGlobals;
  world[RUNNING]?.abort();
  const controller = new AbortController();
  world[RUNNING] = controller;
  runPageHighlighter(controller.signal);
}
