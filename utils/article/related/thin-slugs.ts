import { collapseSpaces, foldWords } from '@/utils/shared/fold';
import { isRealTitle } from './title-rules';

/** What the thin-slug rule reads of a story link. */
export interface FiledLink {
  /** The address's slug has only two words: a story or a topic page (see `storyUrlShape`). */
  thin: boolean;
  /** The address's folder: its path without the last segment ("/football/ligue-1/"). */
  folder: string;
}

// A headline says what happened in a few words; a topic page's link names it in one to three.
const HEADLINE_MIN_WORDS = 4;

/** The folder of a URL path: everything up to its last segment. */
export function folderOf(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
}

/** Whether a link's own text reads as a headline: a real title of four words or more. */
function isHeadlineText(anchor: Element): boolean {
  const text = collapseSpaces(anchor.textContent ?? '');
  return foldWords(text).split(' ').length >= HEADLINE_MIN_WORDS && isRealTitle(text);
}

/**
 * Drops the thin-slug links that show no sign of being stories. One is kept when the site files a story with a
 * wordy address in its folder ("/football/ligue-1/notes-ol-losc" beside "/football/ligue-1/giroud-40-ans-…")
 * and its text is a headline ("Les notes d'OL-Lille : Tolisso en patron"), not a topic's name.
 */
export function keepFiledThinLinks<T extends FiledLink>(links: Map<Element, T>): Map<Element, T> {
  const storyFolders = new Set([...links.values()].filter((link) => !link.thin).map((link) => link.folder));
  return new Map(
    [...links].filter(
      ([anchor, link]) => !link.thin || (storyFolders.has(link.folder) && isHeadlineText(anchor)),
    ),
  );
}
