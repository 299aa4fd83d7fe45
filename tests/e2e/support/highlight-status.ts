/** What the in-page highlighter reports on `<html>`: how many highlights it placed and how many are orphans. */
export interface HighlightStatus {
  anchored: string | null;
  orphans: string | null;
}

/** Runs in the page (pass it to a Playwright or Puppeteer `evaluate`). */
export function readHighlightStatus(): HighlightStatus {
  return {
    anchored: document.documentElement.getAttribute('data-liseuse-anchored'),
    orphans: document.documentElement.getAttribute('data-liseuse-orphans'),
  };
}
