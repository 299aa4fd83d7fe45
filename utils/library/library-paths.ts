/**
 * Typed paths into the library page (pure, no database): the popup links to them on first paint,
 * so they must not pull in Dexie.
 */
import { libraryPathForEntity, writeLibraryState } from './library-state';

/** A path inside the library page, typed so `browser.runtime.getURL` accepts it. */
export type LibraryPath = `/library.html${string}`;

/** The library page path of one article's reader view. */
export function libraryPathForArticle(id: string): LibraryPath {
  return `/library.html${writeLibraryState({ articleId: id })}`;
}

/** The library page path filtered by an entity (same URL as `libraryPathForEntity`, typed). */
export function libraryPathForEntityName(entity: string): LibraryPath {
  return libraryPathForEntity(entity) as LibraryPath;
}
