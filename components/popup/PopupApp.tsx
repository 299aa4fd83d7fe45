/** The toolbar popup: analyse the target tab once, show a bounded loading state, then the result or an error. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { AnalysisView } from '@/components/popup/AnalysisView';
import { ErrorMessage } from '@/components/popup/ErrorMessage';
import { LoadingState } from '@/components/popup/LoadingState';
import type { TabAccess, TabFacts } from '@/utils/article/tab/analyze-tab';
import { analyzeTab, DEFAULT_LIMITS } from '@/utils/article/tab/analyze-tab';
import {
  errorOutcome,
  isRetryable,
  type PopupErrorCode,
  type PopupOutcome,
} from '@/utils/article/tab/outcome';
import { messageOf } from '@/utils/shared/result';
import { TimeoutError, withTimeout } from '@/utils/shared/with-timeout';

/** The whole run (injection + parse + analysis) gets this long before the popup says it timed out. */
const RUN_TIMEOUT_MS = 15_000;

/** What a run needs: the tab to analyse and the browser's side of the flow. */
export interface PopupRunDeps {
  /** Finds the tab to analyse (`?tabId=N`, else the active tab), with what the browser told of it. */
  resolveTab: () => Promise<(TabFacts & { id: number }) | null>;
  access: TabAccess;
}

interface PopupAppProps extends PopupRunDeps {
  /** The first run, when the page started it before rendering (see `runPopup`); later runs start here. */
  firstRun?: Promise<PopupRun>;
}

/** A run's tab and outcome (`null` while it runs). */
export type PopupRun = { tabId: number | null; outcome: PopupOutcome | null };

/** One run of the popup: find the tab, snapshot and analyse it; never rejects. */
export async function runPopup(props: PopupRunDeps): Promise<PopupRun> {
  const tab = await props.resolveTab().catch(() => null);
  if (tab === null) return { tabId: null, outcome: errorOutcome('no-tab') };
  const tabId = tab.id;
  try {
    const analysing = analyzeTab(tabId, props.access, DEFAULT_LIMITS, tab);
    return { tabId, outcome: await withTimeout(analysing, RUN_TIMEOUT_MS) };
  } catch (err) {
    return { tabId, outcome: errorOutcome(failureCode(err, props.access), messageOf(err)) };
  }
}

/**
 * Why a run failed. On a timeout the analysis still running is stopped: a huge page's worker would otherwise
 * keep a core busy for nothing, and the reader is told the page is too large rather than "took too long".
 */
function failureCode(err: unknown, access: TabAccess): PopupErrorCode {
  if (!(err instanceof TimeoutError)) return 'internal';
  return access.stop?.() ? 'too-large-to-analyze' : 'timeout';
}

/** Root component; `data-state` and `data-analysis-ms` (time since the popup's navigation start) help tests. */
export function PopupApp(props: PopupAppProps) {
  const [state, setState] = useState<PopupRun>({ tabId: null, outcome: null });
  const root = useRef<HTMLElement>(null);
  const firstRun = useRef(props.firstRun);
  const start = useCallback(() => {
    setState({ tabId: null, outcome: null });
    const running = firstRun.current ?? runPopup(props);
    firstRun.current = undefined;
    void running.then(setState);
  }, [props]);
  // A layout effect starts the run right after the first render, not after the next frame as `useEffect` would.
  useLayoutEffect(() => start(), [start]);
  const { outcome, tabId } = state;
  useEffect(() => {
    if (!outcome?.ok || !root.current) return;
    // Effects run after the browser painted the result: this is "the popup shows its analysis".
    performance.mark('liseuse:analysis-shown');
    root.current.dataset.analysisMs = performance.now().toFixed(1);
  }, [outcome]);
  const phase = outcome === null ? 'loading' : outcome.ok ? 'analysis' : 'error';
  return (
    <main class="popup" ref={root} data-state={phase} aria-busy={outcome === null}>
      {outcome === null && <LoadingState />}
      {outcome?.ok === false && (
        <ErrorMessage
          code={outcome.error.code}
          onRetry={isRetryable(outcome.error.code) ? start : undefined}
        />
      )}
      {outcome?.ok && tabId !== null && (
        <AnalysisView
          analysis={outcome.value.analysis}
          notices={outcome.value.notices}
          tabId={tabId}
          onRetry={start}
        />
      )}
    </main>
  );
}
