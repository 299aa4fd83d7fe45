/**
 * A page whose metadata names the publisher as the author (JSON-LD's author is the site's own Organization),
 * or an author that names nobody (a handle such as "@janedoe"), still prints its journalist's name in a
 * byline element. Readability takes the metadata's author and then no
 * longer looks for that element: the site's name is forgotten as a byline, so the page's own is found (and
 * taken out of the text, where its name would read as an entity of the story).
 */
import type { Readability } from '@mozilla/readability';
import { isHandle } from './byline';
import { internalsOf, type ReadabilityMetadata } from './readability-internals';
import { sameName } from './site-name';

/** The metadata's author when it names a person, not the site itself, else nothing. */
export function authorNotSite(metadata: ReadabilityMetadata): ReadabilityMetadata {
  const { byline, siteName } = metadata;
  if (!byline) return metadata;
  const site = siteName && sameName(byline, siteName);
  return site || isHandle(byline) ? { ...metadata, byline: undefined } : metadata;
}

/** Makes `reader` look for the page's byline element when the metadata's author is the site. */
export function ignoreSiteAsAuthor<T>(reader: Readability<T>): void {
  const hot = internalsOf(reader);
  const original = hot._getArticleMetadata.bind(reader);
  hot._getArticleMetadata = (jsonld) => authorNotSite(original(jsonld));
}
