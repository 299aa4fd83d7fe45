/**
 * `npm start`: build the extension, serve the demo pages on 127.0.0.1, open Chromium with Liseuse loaded on
 * the demo article and open its popup; runs until Ctrl-C. With `--headless --screenshot FILE` it writes a PNG
 * of the popup for the demo article and exits (for machines without a display).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { messageOf } from '@/utils/shared/result';
import { type DemoServer, startDemoServer } from './demo-server';
import { type LaunchedBrowser, launchChromium } from './launch-chromium';
import { findTabId, openPopupPage } from './popup-page';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = resolve(ROOT, 'tests/fixtures/pages');
// The e2e build is the production build plus host access to 127.0.0.1/localhost: the popup can then read the
// demo page without the toolbar click that grants activeTab (needed to open it by program, and for screenshots).
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-e2e');

const USAGE = `Usage: npm start [-- [--headless --screenshot FILE] [--page NAME.html] [--lang fr|en] [--dark] [--no-build]]`;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function options() {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      page: { type: 'string', default: 'fr-tech-article.html' },
      lang: { type: 'string' },
      dark: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || (values.headless && !values.screenshot) || (values.screenshot && !values.headless)) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  if (!values.headless && !hasDisplay()) {
    // Checked before building: Chromium's own error ("Missing X server") comes after a minute of work.
    console.error(
      'Liseuse: no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so Chromium cannot open a window.\n' +
        'Write a screenshot of the popup instead: npm start -- --headless --screenshot popup.png',
    );
    process.exit(2);
  }
  return values;
}

/** Whether a browser window can open: always outside Linux, else when an X or Wayland display is set. */
function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

type Options = ReturnType<typeof options>;

async function screenshot(browser: LaunchedBrowser, articleUrl: string, file: string): Promise<void> {
  const { context, serviceWorker, extensionId } = browser;
  if (!serviceWorker || !extensionId) throw new Error('The extension did not load.');
  const article = await context.newPage();
  await article.goto(articleUrl, { waitUntil: 'load' });
  const popup = await openPopupPage(context, extensionId, await findTabId(serviceWorker, article.url()));
  await popup.locator('main.popup').screenshot({ path: file, animations: 'disabled' });
  console.error(`Liseuse: popup screenshot written to ${file}`);
}

async function interactive(browser: LaunchedBrowser, articleUrl: string): Promise<void> {
  const { context, serviceWorker, extensionId } = browser;
  const article = context.pages()[0] ?? (await context.newPage());
  await article.goto(articleUrl, { waitUntil: 'load' });
  await article.bringToFront();
  const opened = await serviceWorker
    ?.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } };
      await chrome.action.openPopup();
      return true;
    })
    .catch(() => false);
  const tabId = serviceWorker ? await findTabId(serviceWorker, article.url()).catch(() => null) : null;
  console.error(`Liseuse is running. Demo article: ${articleUrl}`);
  if (!opened) console.error('Click the Liseuse button in the toolbar (puzzle menu) to open the popup.');
  if (tabId !== null)
    console.error(`Popup as a tab: chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  console.error('Press Ctrl-C to stop.');
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    context.once('close', () => done());
  });
}

async function main(opts: Options): Promise<void> {
  run('bash', ['.ci/ensure-browser', 'chromium']);
  if (!opts['no-build']) run('npx', ['wxt', 'build', '--mode', 'e2e']);
  let server: DemoServer | null = null;
  let browser: LaunchedBrowser | null = null;
  try {
    server = await startDemoServer(PAGES);
    console.error(`Liseuse: demo pages at ${server.url}`);
    const headless = opts.headless;
    browser = await launchChromium({
      extensionDir: EXTENSION_DIR,
      headless,
      uiLanguage: opts.lang,
      colorScheme: opts.dark ? 'dark' : undefined,
      viewport: headless ? { width: 420, height: 900 } : null,
      deviceScaleFactor: headless ? 2 : undefined,
    });
    const articleUrl = new URL(opts.page, server.url).href;
    if (opts.screenshot) await screenshot(browser, articleUrl, resolve(opts.screenshot));
    else await interactive(browser, articleUrl);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
  }
}

main(options()).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`Liseuse: ${messageOf(err)}`);
    process.exit(1);
  },
);
