/**
 * Where a passage's text is on screen, for driving the mouse as a reader would. Works with a Playwright
 * page (Chromium) and a Puppeteer page (Firefox): both have `evaluate(fn, arg)` and the same mouse calls.
 */

interface Point {
  x: number;
  y: number;
}

type PassagePoints = { start: Point; end: Point; middle: Point } | null;

/** The part of a Playwright or Puppeteer page these helpers use. */
export interface DrivenPage {
  evaluate(fn: (text: string) => Promise<PassagePoints>, text: string): Promise<PassagePoints>;
  evaluate(fn: () => string): Promise<string>;
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
}

/** Runs in the page: scrolls the passage into view and measures it. */
async function measurePassage(text: string): Promise<PassagePoints> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(text);
    if (at < 0) continue;
    // Instant, and measured after a frame: a smooth scroll would move the text under the mouse.
    n.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + 1);
    const first = r.getBoundingClientRect();
    r.setStart(n, at + text.length - 1);
    r.setEnd(n, at + text.length);
    const last = r.getBoundingClientRect();
    return {
      start: { x: first.left + 0.5, y: first.top + first.height / 2 },
      end: { x: last.right - 0.5, y: last.top + last.height / 2 },
      middle: { x: (first.left + last.right) / 2, y: first.top + first.height / 2 },
    };
  }
  return null;
}

/** Viewport points at the start, middle and end of the first text node holding `passage`; null if none. */
export function passagePoints(p: DrivenPage, passage: string): Promise<PassagePoints> {
  return p.evaluate(measurePassage, passage);
}

/** Selects `passage` by dragging the mouse across it, as a reader would; returns the selected text. */
export async function selectWithMouse(p: DrivenPage, passage: string): Promise<string> {
  const points = await passagePoints(p, passage);
  if (!points) throw new Error(`passage not found: ${passage}`);
  await p.mouse.move(points.start.x, points.start.y);
  await p.mouse.down();
  await p.mouse.move(points.end.x, points.end.y, { steps: 8 });
  await p.mouse.up();
  return p.evaluate(() => getSelection()?.toString().trim() ?? '');
}
