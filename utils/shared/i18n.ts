/** Localised UI strings from `_locales` through `browser.i18n`, typed by the catalogue's keys. */
import { browser } from 'wxt/browser';

/**
 * A message name of `public/_locales/en/messages.json`, as WXT types it (`.wxt/types/i18n.d.ts`, regenerated
 * by `wxt prepare` on install and on every build): a typo is a type error, not a blank label.
 */
export type MessageKey = Exclude<Parameters<typeof browser.i18n.getMessage>[0], `@@${string}`>;

/** The UI string for `key`, with `$1`… substitutions; the key itself if the catalogue lacks it (visible, not blank). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The browser's UI language as a BCP 47 tag ("fr", "en-US"), for `<html lang>`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
