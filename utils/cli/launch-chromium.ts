/** Launches Debian's Chromium through playwright-core (never a downloaded browser), optionally with an extension. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's service worker, when an extension was loaded. */
  serviceWorker: Worker | null;
  extensionId: string | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /** Web content locale (`navigator.language`, Accept-Language). */
  locale?: string;
  /**
   * Browser UI language. Measured with Chromium 156 on Linux: `--lang` picks the extension's `_locales`
   * catalogue (`i18n.getMessage`), while `i18n.getUILanguage()` in pages follows Playwright's `locale`
   * (the `LANGUAGE` variable changes neither), so this sets `--lang` and defaults `locale` to it.
   */
  uiLanguage?: string;
  colorScheme?: 'light' | 'dark';
  /** `null` lets a headed window keep its natural size. */
  viewport?: { width: number; height: number } | null;
  deviceScaleFactor?: number;
  /** Chromium's `--host-resolver-rules` (e.g. `MAP *.github.io 127.0.0.1`), for tests that need named hosts. */
  hostResolverRules?: string;
  /** Profile directory to use (kept on close); a fresh temporary one otherwise. */
  profileDir?: string;
}

/** Starts a fresh profile (headless unless told); with `extensionDir`, loads that unpacked extension. */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'liseuse-chromium-')));
  const args = [...BASE_ARGS];
  if (options.hostResolverRules) args.push(`--host-resolver-rules=${options.hostResolverRules}`);
  if (options.extensionDir) {
    args.push(
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
    );
  }
  if (options.uiLanguage) args.push(`--lang=${options.uiLanguage}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: options.locale ?? options.uiLanguage ?? 'en-US',
    colorScheme: options.colorScheme,
    viewport: options.viewport,
    deviceScaleFactor: options.viewport === null ? undefined : options.deviceScaleFactor,
    args,
  });
  let serviceWorker: Worker | null = null;
  if (options.extensionDir) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }
  return {
    context,
    serviceWorker,
    extensionId: serviceWorker ? new URL(serviceWorker.url()).host : null,
    async close() {
      await context.close();
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}
