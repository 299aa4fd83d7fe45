/**
 * The note above the key entities of a page in a language Liseuse does not read fully: it names the language
 * ("This page is in German: …"), so the reader knows why the list is short, and says so plainly when the
 * language is unknown. A page in a script without capitals gets its own note instead: no name is found there.
 */
import { catalogueLanguage, t } from '@/utils/shared/i18n';

/** The name of language `code` in the UI's language ("German", « allemand »), or null when it has none. */
export function languageName(code: string, uiLang: string = catalogueLanguage()): string | null {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // "und" (undetermined), "mul", "zxx"… and malformed tags name no language a reader would recognise.
  if (!/^[a-z]{2,3}$/.test(primary) || ['und', 'mul', 'mis', 'zxx'].includes(primary)) return null;
  try {
    const name = new Intl.DisplayNames([uiLang], { type: 'language', fallback: 'none' }).of(primary);
    return name && name.toLowerCase() !== primary ? name : null;
  } catch {
    return null;
  }
}

/** Why a page in a script without capitals (in `lang`, when known) lists no names. */
export function unsupportedScriptNote(lang?: string): string {
  const name = lang === undefined ? null : languageName(lang);
  return name ? t('popupEntitiesUnsupportedScriptIn', name) : t('popupEntitiesUnsupportedScript');
}

/** The note's text for a page in `lang`. */
export function namesOnlyNote(lang: string): string {
  const name = languageName(lang);
  return name ? t('popupEntitiesNamesOnlyIn', name) : t('popupEntitiesNamesOnly');
}
