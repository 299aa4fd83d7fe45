/** axe-core in a real page: the serious and critical violations of a page or of one part of it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { evaluateInExtensionWorld, injectInExtensionWorld, isExtensionUi } from './extension-world';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, reduced to what a failure message needs. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The impacts that fail a test; "minor" and "moderate" ones are reported only. */
export const BLOCKING_IMPACTS = ['serious', 'critical'];

/**
 * Runs axe (WCAG 2.x A and AA, plus best practices) on `page`, or only inside `include` (a CSS selector;
 * open shadow roots are checked too). Injected through the driver, which the extension pages' CSP allows.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeFinding[]> {
  // The highlighter's UI is in closed shadow roots: axe runs where the extension can see inside them.
  const inExtension = isExtensionUi(include);
  await (inExtension ? injectInExtensionWorld(page, AXE_SOURCE) : page.evaluate(AXE_SOURCE));
  const run = async (selector: string | null) => {
    type AxeResult = {
      violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[] }> }>;
    };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } })
      .axe;
    const result = await axe.run(selector ? { include: [selector] } : document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  };
  return inExtension
    ? evaluateInExtensionWorld(page, run, include ?? null)
    : page.evaluate(run, include ?? null);
}
