import { launchChromium } from './utils/cli/launch-chromium';
const N = Number(process.argv[2] ?? 100000);
const b = await launchChromium({ extensionDir: process.env.EXT ?? '/work/wt/security/.output/chrome-mv3-e2e' });
const page = await b.context.newPage();
await page.addInitScript(() => {
  const w = window as any; w.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  w.__marks = [];
  new MutationObserver(() => {
    const s = document.querySelector('[data-testid="io-summary"]');
    if (s && !w.__s) { w.__s = 1; w.__marks.push(['summary', Math.round(performance.now())]); }
  }).observe(document, { subtree: true, childList: true });
});
await page.goto(`chrome-extension://${b.extensionId}/library.html`);
const rows = Array.from({ length: N }, (_, i) => `Lien ${i},https://example.org/item/${i},${1_700_000_000 + i},tag${i % 7},unread`);
const t0 = await page.evaluate(() => Math.round(performance.now()));
const fs = await import('node:fs'); fs.writeFileSync('/tmp/sec-part_000000.csv', ['title,url,time_added,tags,status', ...rows].join('\n')); await page.getByTestId('io-file-input').setInputFiles('/tmp/sec-part_000000.csv');
await page.locator('[data-testid="io-summary"], [data-testid="io-error"]').first().waitFor({ timeout: 600_000 });
console.log(await page.locator('[data-testid="io-summary"], [data-testid="io-error"]').first().textContent());
await page.getByTestId('library-item').first().waitFor();
await page.waitForTimeout(3000);
console.log('start', t0, JSON.stringify(await page.evaluate(() => ({ marks: (window as any).__marks, lt: (window as any).__lt }))));
await b.close();
