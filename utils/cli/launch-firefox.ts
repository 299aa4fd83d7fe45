/**
 * FIREFOX: launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (never a
 * downloaded browser) with the extension installed at a fixed internal UUID, so its pages have known URLs.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The internal UUID the tests give the extension (`moz-extension://<uuid>/…`); any fixed v4 UUID works. */
export const FIREFOX_EXTENSION_UUID = '6f1c3c1e-5d1a-4b7e-9a55-2f3e0c8d4b71';

export interface LaunchedFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>/`, the extension's base URL. */
  extensionBase: string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** An unpacked build, e.g. `.output/firefox-mv2-e2e`. */
  extensionDir: string;
  headless?: boolean;
  /** The browser UI (and `_locales`) language, e.g. "fr". */
  uiLanguage?: string;
}

async function geckoId(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  return id;
}

/** Starts Firefox ESR on a fresh profile with the unpacked extension installed. */
export async function launchFirefox(options: FirefoxLaunchOptions): Promise<LaunchedFirefox> {
  const extensionDir = resolve(options.extensionDir); // Firefox refuses a relative path.
  const profile = await mkdtemp(join(tmpdir(), 'liseuse-firefox-'));
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({
      [await geckoId(extensionDir)]: FIREFOX_EXTENSION_UUID,
    }),
  };
  if (options.uiLanguage) {
    prefs['intl.locale.requested'] = options.uiLanguage;
    prefs['intl.accept_languages'] = options.uiLanguage;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    userDataDir: profile,
    // Without it Firefox refuses to navigate an automated tab to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (err) {
    await browser.close();
    throw err;
  }
  return {
    browser,
    extensionBase: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
