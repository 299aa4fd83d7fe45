/**
 * Browser side of the anchoring benchmark (bundled with esbuild and injected into Chromium):
 * describe random passages, edit the page, re-anchor, compare with the live-Range ground truth.
 */
import { anchorAll, anchorNow, buildTextIndex, describe, type TextIndex } from '@/utils/highlights/anchoring';
import { pointToRaw } from '@/utils/highlights/anchoring/dom-offsets';
import { normToPoints, rawToNorm } from '@/utils/highlights/anchoring/text-index';
import type { Selector } from '@/utils/shared/selectors';
import {
  addLookalike,
  blockOf,
  editParagraphs,
  editTypography,
  editWords,
  type Rand,
} from './anchoring-edits';
import { rng } from './seeded-rng';

/** Set by the driver's DEBUG=1 to follow progress in the page console. */
const TRACE = Boolean((globalThis as { __anchorTrace?: boolean }).__anchorTrace);

export const KINDS = [
  'none',
  'paragraphs',
  'typography',
  'words',
  'lookalike',
  'deleted',
  'block-deleted',
] as const;
/** Kinds after which the passage is gone: any place found is a misplacement. */
const GONE: readonly Kind[] = ['deleted', 'block-deleted'];
export type Kind = (typeof KINDS)[number];
export type Verdict = 'correct' | 'imprecise' | 'misplaced' | 'orphan';

/** One re-anchoring trial. */
export interface Trial {
  kind: Kind;
  verdict: Verdict;
  method: string;
  ms: number;
  length: number;
  /** The passage's text occurs more than once on the original page. */
  duplicate: boolean;
  /** Its whole paragraph (letters and digits) occurs more than once: no text tells the copies apart. */
  paragraphRepeated: boolean;
  /**
   * The edit left fewer copies of that paragraph on the page: from the page alone, the lost copy
   * may as well have been the passage's own (this benchmark's paragraph edit never removes it).
   */
  copyLost: boolean;
  /** For failures: the quote and what was found, to inspect. */
  detail?: string;
}

function span(index: TextIndex, r: Range): [number, number] {
  const a = pointToRaw(index, r.startContainer, r.startOffset);
  const b = pointToRaw(index, r.endContainer, r.endOffset);
  return rawToNorm(index, a, b);
}

/** A random passage of 20–300 characters inside one article paragraph, on word boundaries. */
function randomPassage(r: Rand, index: TextIndex): Range | null {
  const paras = [...document.body.querySelectorAll('p')].filter(
    (p) => (p.textContent ?? '').trim().length >= 60,
  );
  if (!paras.length) return null;
  const p = paras[Math.floor(r() * paras.length)] as HTMLElement;
  const whole = document.createRange();
  whole.selectNodeContents(p);
  const [ps, pe] = span(index, whole);
  const text = index.norm.text;
  const len = Math.min(pe - ps, 20 + Math.floor(r() * 281));
  let s = ps + Math.floor(r() * (pe - ps - len + 1));
  while (s > ps && text[s - 1] !== ' ') s--;
  let e = Math.min(pe, s + len);
  while (e < pe && text[e] !== ' ') e++;
  const points = normToPoints(index, s, e);
  if (!points || e - s < 20) return null;
  const range = document.createRange();
  range.setStart(points[0].node, points[0].offset);
  range.setEnd(points[1].node, points[1].offset);
  return range;
}

function applyEdit(kind: Kind, r: Rand, passage: Range, vocab: string[]): void {
  if (kind === 'paragraphs') editParagraphs(r, passage);
  else if (kind === 'typography') editTypography(r, passage);
  else if (kind === 'words') editWords(r, passage, vocab);
  else if (kind === 'lookalike') addLookalike(r, passage, vocab);
  else if (kind === 'deleted') passage.deleteContents();
  else if (kind === 'block-deleted') {
    // The passage's whole paragraph removed, as an editor deletes one.
    const block = blockOf(passage);
    if (block === document.body) passage.deleteContents();
    else block.remove();
  }
}

const lettersOf = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/** How many times the letters of `paragraph` occur in the page's text. */
function occurrences(paragraph: string): number {
  const page = lettersOf(document.body.textContent ?? '');
  let n = 0;
  for (let i = page.indexOf(paragraph); paragraph && i >= 0; i = page.indexOf(paragraph, i + 1)) n++;
  return n;
}

function judge(kind: Kind, got: [number, number] | null, truth: [number, number]): Verdict {
  if (!got) return 'orphan';
  if (GONE.includes(kind)) return 'misplaced';
  const inter = Math.min(got[1], truth[1]) - Math.max(got[0], truth[0]);
  if (inter <= 0) return 'misplaced';
  return inter / Math.max(got[1] - got[0], truth[1] - truth[0]) >= 0.9 ? 'correct' : 'imprecise';
}

/** Runs `count` passages × every kind of edit on the current page. */
export function runPage(seed: number, count: number): Trial[] {
  const original = document.body.cloneNode(true) as HTMLElement;
  const vocab = [...new Set((original.textContent ?? '').match(/\p{L}{3,12}/gu) ?? [])].slice(0, 5000);
  const trials: Trial[] = [];
  const r = rng(seed);
  for (let i = 0; i < count; i++) {
    const passageSeed = Math.floor(r() * 2 ** 31);
    for (const kind of KINDS) {
      document.body.replaceWith(original.cloneNode(true));
      const pr = rng(passageSeed);
      const before = buildTextIndex(document.body);
      const passage = randomPassage(pr, before);
      if (!passage) break;
      if (TRACE) console.debug('describe', i, kind);
      const selectors: Selector[] = describe(document.body, passage);
      // A passage whose exact text occurs more than once on the unchanged page (repeated paragraphs).
      const [qs, qe] = span(before, passage);
      const quote = before.norm.text.slice(qs, qe);
      const duplicate = before.norm.text.indexOf(quote) !== before.norm.text.lastIndexOf(quote);
      const paragraph = lettersOf(blockOf(passage).textContent ?? '');
      const copies = occurrences(paragraph);
      applyEdit(kind, pr, passage, vocab);
      const copyLost = !GONE.includes(kind) && kind !== 'words' && occurrences(paragraph) < copies;
      if (TRACE) console.debug('anchor', i, kind);
      const index = buildTextIndex(document.body);
      const t0 = performance.now();
      const result = anchorNow(index, selectors);
      const ms = performance.now() - t0;
      const got: [number, number] | null = result.status === 'anchored' ? [result.start, result.end] : null;
      const verdict = judge(kind, got, span(index, passage));
      const method = result.status === 'anchored' ? result.method : result.reason;
      const trial: Trial = {
        kind,
        verdict,
        method,
        ms,
        length: passage.toString().length,
        duplicate,
        paragraphRepeated: copies > 1,
        copyLost,
      };
      if (verdict === 'misplaced' || (verdict === 'orphan' && !GONE.includes(kind))) {
        const t = span(index, passage);
        const text = index.norm.text;
        trial.detail = JSON.stringify({
          quote: selectors[0],
          got,
          truth: t,
          at: got && text.slice(got[0] - 20, got[1] + 20),
          truthText: text.slice(t[0] - 20, t[1] + 20),
        });
      }
      trials.push(trial);
    }
  }
  document.body.replaceWith(original);
  return trials;
}

/** Timing of `n` highlights on the current (large) page: unchanged, then moved, then also reworded. */
export async function runScale(seed: number, n: number): Promise<Record<string, number>> {
  const r = rng(seed);
  const index0 = buildTextIndex(document.body);
  const passages: Range[] = [];
  for (let i = 0; i < n * 3 && passages.length < n; i++) {
    const p = randomPassage(r, index0);
    if (p) passages.push(p);
  }
  const td = performance.now();
  const list = passages.map((p) => describe(document.body, p));
  const describeMs = performance.now() - td;
  const vocab = [...new Set((document.body.textContent ?? '').match(/\p{L}{3,12}/gu) ?? [])].slice(0, 5000);
  const out: Record<string, number> = {
    words: (document.body.textContent ?? '').split(/\s+/).length,
    highlights: list.length,
    // Creating a highlight: selectors plus fingerprint (exact and near-copy counts over the page).
    describe_ms_per_highlight: describeMs / Math.max(1, list.length),
  };
  // Long tasks (> 50 ms) that overlap anchorAll runs: the page-freeze measure.
  const windows: [number, number][] = [];
  const longTasks: PerformanceEntry[] = [];
  const obs = new PerformanceObserver((l) => longTasks.push(...l.getEntries()));
  obs.observe({ type: 'longtask' });
  for (const scenario of ['unchanged', 'moved', 'edited'] as const) {
    // Cumulative edits on the live page, so the passages' live ranges stay the ground truth.
    if (scenario === 'moved') {
      const first = Object.assign(document.createElement('p'), {
        textContent: 'An inserted paragraph moves every offset. '.repeat(3),
      });
      document.body.prepend(first);
    }
    if (scenario === 'edited') for (const p of passages) editWords(r, p, vocab, 0.05);
    await new Promise((res) => setTimeout(res, 100));
    const t0 = performance.now();
    const results = await anchorAll(document.body, list);
    windows.push([t0, performance.now()]);
    out[`${scenario}_total_ms`] = performance.now() - t0;
    out[`${scenario}_anchored`] = results.filter((x) => x.status === 'anchored').length;
    // The synchronous timing below must not share a task with anchorAll's last slice.
    await new Promise((res) => setTimeout(res, 100));
    const ti = performance.now();
    const index = buildTextIndex(document.body);
    out[`${scenario}_index_ms`] = performance.now() - ti;
    const t1 = performance.now();
    for (const s of list) anchorNow(index, s);
    out[`${scenario}_cpu_ms`] = performance.now() - t1;
  }
  await new Promise((res) => setTimeout(res, 100));
  obs.disconnect();
  const during = longTasks.filter((e) =>
    windows.some(([a, b]) => e.startTime < b && e.startTime + e.duration > a),
  );
  out.long_tasks_during_anchorAll = during.length;
  for (const [i, [a, b]] of windows.entries()) {
    const mine = longTasks.filter((e) => e.startTime < b && e.startTime + e.duration > a);
    out[`long_tasks_${['unchanged', 'moved', 'edited'][i]}`] = mine.length;
  }
  out.longest_task_during_anchorAll_ms = Math.max(0, ...during.map((e) => e.duration));
  return out;
}
