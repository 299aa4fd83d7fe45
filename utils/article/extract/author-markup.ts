/**
 * Markup that says "the author": a field whose class names the authors in the page's language
 * (« field--name-field-auteurs », "post-author", "autor-name"), an element marked `itemprop=author`, a link
 * to the author's page ("/auteur/jane-doe/", "/authors/jo-bloggs", `rel=author`).
 */

// The word for "author(s)" or "byline" in class names and addresses, across the languages of the web's news.
const AUTHOR_WORDS = new Set(
  `author authors auteur auteurs autrice autrices autor autoren autorin autores autora autoras autore autori
  byline bylines`.split(/\s+/),
);
// Addresses of an author's page also say journalist, contributor or writer.
const AUTHOR_PAGE_WORDS = new Set([
  ...AUTHOR_WORDS,
  ...`journaliste journalistes journalist journalists redacteur redacteurs redactrice contributor contributors
  writer writers`.split(/\s+/),
]);

// Class names join their words with dashes, underscores and case steps ("fieldAuteurs").
const CLASS_WORD_BREAK = /[\s_-]+|(?<=\p{Ll})(?=\p{Lu})/u;

/** Whether `el`'s class or `itemprop` names it the authors' field ("field--name-field-auteurs", "post-author"). */
export function marksAuthors(el: Element): boolean {
  if (/\bauthor\b/i.test(el.getAttribute('itemprop') ?? '')) return true;
  const words = (el.getAttribute('class') ?? '').split(CLASS_WORD_BREAK);
  return words.some((word) => AUTHOR_WORDS.has(word.toLowerCase()));
}

/** Whether `a` links to an author's page: marked `rel=author`, or a path segment saying author or journalist. */
export function linksAuthorPage(a: Element): boolean {
  if (/(?:^|\s)author(?:\s|$)/i.test(a.getAttribute('rel') ?? '')) return true;
  const path = (a.getAttribute('href') ?? '').replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  // The segment before the author's own: "/auteur/thibault-carrere/", not a story's slug that ends in one.
  const segments = path.split('/').filter(Boolean);
  return segments.slice(0, -1).some((segment) => AUTHOR_PAGE_WORDS.has(segment.toLowerCase()));
}
