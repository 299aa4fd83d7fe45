/** Localised UI strings from `_locales` through `browser.i18n`, typed by the catalogue's keys. */
import { browser } from 'wxt/browser';

/**
 * A message name of `public/_locales/en/messages.json`, as WXT types it (`.wxt/types/i18n.d.ts`, regenerated
 * by `wxt prepare` on install and on every build): a typo is a type error, not a blank label.
 */
export type MessageKey = Exclude<Parameters<typeof browser.i18n.getMessage>[0], `@@${string}`>;

/** A counted message: the catalogue has `<base>_one`, `<base>_other` (and `<base>_many` in French). */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** The UI string for `key`, with `$1`… substitutions; the key itself if the catalogue lacks it (visible, not blank). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The browser's UI language as a BCP 47 tag ("fr", "en-US"), for `<html lang>`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** The language of the catalogue in use (its own `catalogueLanguage` message), for plurals, numbers and dates. */
export function catalogueLanguage(): string {
  return browser.i18n.getMessage('catalogueLanguage') || 'en';
}

/**
 * A count in words by the catalogue language's plural rules (`Intl.PluralRules`): "1 article",
 * "2 articles", « 0 article ». `$1` is the number formatted for that language; `more` fills `$2`….
 */
export function plural(base: PluralBase, count: number, ...more: string[]): string {
  const lang = catalogueLanguage();
  const substitutions = [new Intl.NumberFormat(lang).format(count), ...more];
  const exact = `${base}_${new Intl.PluralRules(lang).select(count)}` as MessageKey;
  return browser.i18n.getMessage(exact, substitutions) || t(`${base}_other` as MessageKey, substitutions);
}
