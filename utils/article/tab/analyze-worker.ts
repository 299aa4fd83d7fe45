/**
 * The popup's analysis worker: parses a page snapshot with linkedom (workers have no DOMParser) and runs
 * the same pipeline as the service worker and the CLI, so a 200,000-element or 20 MB page never freezes
 * the popup's main thread. One request per message; the reply echoes its id.
 */
import { analyzeSnapshot } from '@/utils/article/analyze-document';
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import type { AnalysisResult } from '@/utils/article/types';
import { messageOf } from '@/utils/shared/result';

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; snapshot: PageSnapshot }>) => void) | null;
  postMessage(message: { id: number; result: AnalysisResult }): void;
};

scope.onmessage = (e) => {
  const { id, snapshot } = e.data;
  let result: AnalysisResult;
  try {
    result = analyzeSnapshot(snapshot, parseHtmlWithLinkedom);
  } catch (err) {
    result = { ok: false, error: { code: 'internal', message: messageOf(err) } };
  }
  scope.postMessage({ id, result });
};
