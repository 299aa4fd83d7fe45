import { launchChromium } from './utils/cli/launch-chromium';
const N = Number(process.argv[2] ?? 20000);
const b = await launchChromium({ extensionDir: '/work/wt/security/.output/chrome-mv3-e2e' });
const page = await b.context.newPage();
await page.goto(`chrome-extension://${b.extensionId}/library.html`);
await page.waitForTimeout(1500);
const cdp = await b.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
const rows = Array.from({ length: N }, (_, i) => `Lien ${i},https://example.org/item/${i},${1_700_000_000 + i},tag${i % 7},unread`);
const buffer = Buffer.from(['title,url,time_added,tags,status', ...rows].join('\n'));
await cdp.send('Profiler.start');
await page.getByTestId('io-file-input').setInputFiles({ name: 'part_000000.csv', mimeType: 'text/csv', buffer });
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop') as any;
await b.close();
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>();
profile.samples.forEach((id: number, i: number) => {
  const d = (profile.timeDeltas[i] ?? 0) / 1000;
  let cur: number | undefined = id; const frames: string[] = [];
  while (cur !== undefined && frames.length < 4) { const f = byId.get(cur).callFrame; frames.push(`${f.functionName||'anon'}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`); cur = parent.get(cur); }
  const k = frames.join(' <- ');
  self.set(k, (self.get(k) ?? 0) + d);
});
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(0)} ms ${k}`).join('\n'));
