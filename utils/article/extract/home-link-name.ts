import { collapseSpaces } from '@/utils/shared/fold';
import { sameName, titleEnds } from './site-name';

// Links to the site's home page: its logo or its name in the header.
const HOME_LINKS = 'a[href="/"]';

/**
 * For a page with no address to match names against (a file opened on its own) and no site name in its metadata:
 * the end of its title that its link to the home page writes too ("… | Le Nordet" and a header link « Le Nordet »
 * to "/"), which a reader takes for the site's name; else null.
 */
export function homeLinkedTitleName(doc: Document): string | null {
  const ends = titleEnds(doc.title).filter((e): e is string => !!e);
  if (ends.length === 0) return null;
  for (const link of doc.querySelectorAll(HOME_LINKS)) {
    const shown = collapseSpaces(link.textContent ?? '');
    const named = ends.find((e) => sameName(e, shown));
    if (named) return named;
  }
  return null;
}
