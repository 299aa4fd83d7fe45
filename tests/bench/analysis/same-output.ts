/**
 * Compares two revisions' analyses page by page (the JSON of `analyzeSnapshot`'s result), so a change
 * meant only to be faster is shown to give the same results: prints how many pages differ, and in what.
 */
import type { Page } from '../extract/corpus';
import type { Analyzer } from './node-times';

/** Field names whose values differ between `a` and `b`'s results (or `result` when one failed). */
function differences(a: unknown, b: unknown): string[] {
  const ra = a as { ok: boolean; value?: Record<string, unknown> };
  const rb = b as { ok: boolean; value?: Record<string, unknown> };
  if (!ra.ok || !rb.ok) return JSON.stringify(a) === JSON.stringify(b) ? [] : ['result'];
  const keys = new Set([...Object.keys(ra.value ?? {}), ...Object.keys(rb.value ?? {})]);
  return [...keys].filter((k) => JSON.stringify(ra.value?.[k]) !== JSON.stringify(rb.value?.[k]));
}

/** Prints, for `pages`, how many analyses by `current` differ from `baseline`'s and in which fields. */
export function reportSameOutput(pages: Page[], current: Analyzer, baseline: Analyzer): void {
  const byField = new Map<string, string[]>();
  for (const page of pages) {
    for (const field of differences(current(page), baseline(page))) {
      byField.set(field, [...(byField.get(field) ?? []), page.id]);
    }
  }
  const changed = new Set([...byField.values()].flat());
  console.log(`same output: ${pages.length - changed.size} of ${pages.length} pages identical`);
  for (const [field, ids] of byField) {
    console.log(`  ${field}: ${ids.length} pages, e.g. ${ids.slice(0, 3).join(' ')}`);
  }
}
