/**
 * State and actions of the popup's "highlights on this page" section: the stored annotations, which
 * ones the page could not place, site access, injecting the highlighter on the reader's click, and
 * placing an orphan on the text the reader selected.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { WebAnnotation } from '@/utils/highlights/model';
import { originPattern } from '@/utils/highlights/site-pattern';
import type { AttachOutcome, HighlighterStatus, TabMessage } from '@/utils/messaging';
import { sendMessage } from '@/utils/messaging';

/** What the section shows. */
export interface PageHighlightsState {
  annotations: WebAnnotation[];
  orphans: ReadonlySet<string> | undefined;
  ambiguous: ReadonlySet<string> | undefined;
  siteAccess: boolean;
  running: boolean;
  failed: boolean;
}

async function pageStatus(tabId: number): Promise<HighlighterStatus | null> {
  const message: TabMessage = { type: 'highlighter/status' };
  try {
    return ((await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as HighlighterStatus) ?? null;
  } catch {
    return null; // No highlighter in the tab yet.
  }
}

/** Loads the page's highlights; `start` and `remember` are meant for click handlers (user gestures). */
export function usePageHighlights(tabId: number, url: string, canonical: string | null) {
  const [state, setState] = useState<PageHighlightsState | null>(null);
  const refresh = useCallback(async () => {
    const [reply, status] = await Promise.all([
      sendMessage('annotations/list', { url, canonical }),
      pageStatus(tabId),
    ]);
    setState({
      annotations: reply.ok ? reply.value.annotations : [],
      siteAccess: reply.ok && reply.value.siteAccess,
      orphans: status ? new Set(status.orphans) : undefined,
      ambiguous: status ? new Set(status.ambiguous) : undefined,
      running: status !== null,
      failed: !reply.ok,
    });
  }, [tabId, url, canonical]);
  useEffect(() => void refresh(), [refresh]);

  const start = useCallback(async () => {
    const reply = await sendMessage('highlighter/inject', { tabId });
    await refresh();
    return reply.ok;
  }, [tabId, refresh]);
  const remember = useCallback(async () => {
    const origin = originPattern(url);
    // Must run synchronously from the click: permission prompts need a user gesture.
    const granted = origin ? await browser.permissions.request({ origins: [origin] }) : false;
    if (granted) await start();
    else await refresh();
  }, [url, start, refresh]);
  /** Places orphan `id` on the page's current selection. */
  const attach = useCallback(
    async (id: string): Promise<AttachOutcome> => {
      const message: TabMessage = { type: 'highlighter/attach-selection', id };
      const reply = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => 'failed');
      const outcome: AttachOutcome = reply === 'placed' || reply === 'no-selection' ? reply : 'failed';
      if (outcome === 'placed') await refresh();
      return outcome;
    },
    [tabId, refresh],
  );
  return { state, start, remember, attach };
}
