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
   * Browser UI language, which `chrome.i18n` follows. On Linux Chromium reads it from the `LANGUAGE`
   * environment variable, not from `--lang` (that flag only works on Windows), so both are set.
   */
  uiLanguage?: string;
  colorScheme?: 'light' | 'dark';
  /** `null` lets a headed window keep its natural size. */
  viewport?: { width: number; height: number } | null;
  deviceScaleFactor?: number;
}

/** Starts a fresh profile (headless unless told); with `extensionDir`, loads that unpacked extension. */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'liseuse-chromium-'));
  const args = [...BASE_ARGS];
  if (options.extensionDir) {
    args.push(
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
    );
  }
  const env: Record<string, string> = {};
  if (options.uiLanguage) {
    args.push(`--lang=${options.uiLanguage}`);
    env.LANGUAGE = options.uiLanguage.replace('-', '_');
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: options.locale ?? options.uiLanguage ?? 'en-US',
    colorScheme: options.colorScheme,
    viewport: options.viewport,
    deviceScaleFactor: options.viewport === null ? undefined : options.deviceScaleFactor,
    env: { ...process.env, ...env },
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
      await rm(profile, { recursive: true, force: true });
    },
  };
}
