/**
 * The site's name as a reader knows it. Metadata often names something else: a platform ("Hosted"), a handle
 * ("@politifact"), a URL, a company ("Wikimedia Foundation, Inc."), a news agency that wrote the story, or a
 * name glued to a byline ("SIMPLYFOUND.COM | BY: JOE WEE"). A name that matches the host wins; without one,
 * the site's name in its own <title>; else a readable form of the host.
 */
import { collapseSpaces, fold } from '@/utils/shared/fold';
import { siteOf } from '@/utils/shared/normalize-url';
import { protectQuotes, restoreQuotes } from './quoted-title';

/** Separators between a title and the site's or section's name: "Title | Site", "Title - Site". */
export const TITLE_SEPARATOR = /\s+(?:[|│｜·•/»«›‹:_]|::|[-–—])\s+/u;

const LEGAL_SUFFIX =
  /,?\s+(?:inc\.?|ltd\.?|llc|plc|gmbh|ag|s\.?a\.?|sas|sarl|s\.?p\.?a\.?|sp\.? z o\.?o\.?(?:\s+s\.?k\.?a\.?)?)$/iu;
const MAX_WORDS = 6;
// "Le Monde.fr", "Ouest-France.fr": a name of several words with its domain glued on; the name is what readers
// say. A one-word brand keeps it ("Space.com", "Booking.com"), and so does a host in lower case (a host).
const GLUED_DOMAIN = /^(\S+[\s-].*?)\.(?:[a-z]{2}|com|net|org|info)$/u;
// "Reporterre, le média de l'écologie": a motto in lower case after the name's comma.
const MOTTO_AFTER_COMMA = /^([^,]+),\s+\p{Ll}.*$/u;
// A name framed by signs, then a motto: ".:: Harbour Post ::. Nachrichten" → "Harbour Post".
const FRAMED = /^[^\p{L}\p{N}\s]{2,}\s*(.+?)\s*[^\p{L}\p{N}\s]{2,}(?:\s|$)/u;
const WWW = /^www\d?\.(?=[\p{L}\d-]+\.\p{L})/iu;
const HOST_LEAD = /^(?:www\d?\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+:\s+(?=\p{L})/iu;
// What the three patterns above cannot match without, tested first: their Unicode classes are costly to compile on
// the popup's first analysis, and most names have no colon, no "www" and open with a letter.
const OPENS_WWW = /^www/i;
const OPENS_PLAIN = /^[a-zA-Z\d\s]/;
// Words that name a kind of page or a platform, not a site: "Hosted", "Home", "Blogger".
const GENERIC =
  /^(?:hosted|home|homepage|accueil|startseite|inicio|blog|blogs|news|actualités|website|site|web|index|default|untitled|blogger|wordpress|tumblr|substack)$/iu;

/** The registrable name of a host, without its suffix: "www.nytimes.com" → "nytimes". */
export function hostLabel(host: string): string {
  return siteOf(host).split('.')[0] ?? '';
}

/** A readable form of a host: "www.nytimes.com" → "nytimes.com", "next.liberation.fr" → "liberation.fr". */
export function readableHost(host: string): string {
  return siteOf(host.replace(/^www\./, ''));
}

/** A name's letters and digits, folded: what two spellings of one name share ("Auto Zeitung", "Autozeitung"). */
export const squash = (text: string): string => fold(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether two names are one, spaces and signs aside: "Auto Zeitung" ↔ "Autozeitung". */
export const sameName = (a: string, b: string): boolean => squash(a) !== '' && squash(a) === squash(b);

/** Whether a name spells the host's label, letter for letter: "Ultima Hora" ↔ ultimahora.com, "100% Noticias" ↔ 100noticias.com.ni. */
export function spellsHost(name: string, host: string): boolean {
  const label = squash(hostLabel(host));
  return label.length >= 4 && squash(name) === label;
}

/** Whether `label` reads as prefixes of the words, in order, some skipped ("nbcdfw" ← NBC 5 Dallas-Fort Worth). */
function spelledBy(label: string, words: string[]): boolean {
  const go = (i: number, j: number): boolean => {
    if (i === label.length) return true;
    if (j === words.length) return false;
    const word = words[j] as string;
    for (let n = Math.min(word.length, label.length - i); n >= 1; n -= 1) {
      if (label.startsWith(word.slice(0, n), i) && go(i + n, j + 1)) return true;
    }
    return go(i, j + 1);
  };
  return go(0, 0);
}

/** Whether a name matches a host: "The New York Times" ↔ nytimes.com, "BBC News" ↔ bbc.com, "AP News" ↔ apnews.com. */
export function fitsHost(name: string, host: string): boolean {
  const label = squash(hostLabel(host));
  const key = squash(name);
  if (!label || !key) return false;
  if (key.includes(label) || label.includes(key)) return true;
  // Hosts spell umlauts out: "Ökologisch Bauen" ↔ oekologisch-bauen.info.
  const spelled = squash(name.replace(/[äöüÄÖÜ]/gu, (c) => `${c.normalize('NFD')[0]}e`));
  if (spelled !== key && (spelled.includes(label) || label.includes(spelled))) return true;
  const words = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'the' && w !== 'le' && w !== 'la' && w !== 'les');
  // "Sputnik International" ↔ sputniknews.com: the brand word starts the host.
  const brand = words[0] ?? '';
  return (brand.length >= 4 && label.startsWith(brand)) || spelledBy(label, words);
}

// The word a news brand adds to its short name: "CBC" → "CBC News", "Focus" → "Focus Online".
const NEWS_WORD =
  /^(?:news|online|nachrichten|noticias|notícias|notizie|info|infos|actu|actus|actualités)$/iu;
// A domain ending a word: "FAZ.NET", "stern.de" are the site's word.
const DOMAIN_END = /\.[a-z]{2,12}$/iu;

/**
 * Whether a word of `part` joins the site's word to another by a hyphen: "Spiegel-Affäre", "SPIEGEL-Gespräch" on
 * spiegel.de are the headline's words, not the site's name ("Focus-Online", "stern.de" are). With `glued`, a word
 * that glues it to others without a hyphen too ("Spiegelaffäre"), which is how brands are written as well
 * ("SpringerLink"): asked only where the page's own names are known apart. A genitive's "s" adds no word.
 */
export function compoundsSiteWord(part: string, host: string, glued = false): boolean {
  const label = squash(hostLabel(host));
  if (label.length < 3) return false;
  const isRest = (piece: string) => piece !== '' && piece !== 's' && !NEWS_WORD.test(piece);
  return part.split(/\s+/u).some((word) => {
    const bare = word.replace(DOMAIN_END, '');
    const whole = squash(bare);
    if (whole === label || !whole.includes(label)) return false;
    if (glued) return isRest(whole.replace(label, ''));
    const pieces = bare.split('-').map(squash);
    return pieces.includes(label) && pieces.some((piece) => piece !== label && isRest(piece));
  });
}

/**
 * A name without the host before it ("www.example.de: The Example" → "The Example"), its "www." ("www.example.de"
 * → "example.de") or the signs framing it (".:: Harbour Post ::. Nachrichten" → "Harbour Post").
 */
export function unframedName(name: string): string {
  let bare = name.includes(':') ? name.replace(HOST_LEAD, '') : name;
  if (OPENS_WWW.test(bare)) bare = bare.replace(WWW, '');
  return OPENS_PLAIN.test(bare) ? bare : (FRAMED.exec(bare)?.[1] ?? bare);
}

/** A site-name candidate made readable: no handle's "@", no URL, no company suffix, no glued byline. */
export function cleanSiteName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = collapseSpaces(raw);
  const url = /^https?:\/\/([^/\s]+)/i.exec(name);
  if (url?.[1]) name = readableHost(url[1]);
  name = unframedName(name);
  // "SIMPLYFOUND.COM | BY: JOE WEE", "Yahoo News - Latest News & Headlines": the name comes first.
  name = (name.split(TITLE_SEPARATOR)[0] ?? '').replace(/^@/, '').replace(LEGAL_SUFFIX, '').trim();
  name = withoutRestatedBracket(name);
  // A template placeholder ("{$plugin.site_name}") or markup is no name.
  if (!/\p{L}/u.test(name) || /[{}$<>]/.test(name) || name.split(' ').length > MAX_WORDS) return null;
  return name;
}

// A bracket closing a name: "The Hindu (THE HINDU)", "ABC News (Australian Broadcasting Corporation)".
const CLOSING_BRACKET = /^(.+?)\s*[([]([^()[\]]+)[)\]]$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The initials of a name's capitalised words: "Australian Broadcasting Corporation" → "ABC", "Agence France-Presse" → "AFP". */
const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');

/** Whether a bracket says the name again: the same letters, its initials, or the words an acronym of it stands for. */
function restates(name: string, bracket: string): boolean {
  if (sameName(name, bracket)) return true;
  if (ACRONYM.test(bracket) && initialsOf(name) === bracket) return true;
  const expanded = initialsOf(bracket);
  return expanded.length >= 2 && name.split(/\s+/u).some((word) => ACRONYM.test(word) && word === expanded);
}

/**
 * A name without a bracket that only says it again: readers know "The Hindu", not "The Hindu (THE HINDU)". A
 * bracket that adds something ("Der Sonntag (Sachsen)", a region or an edition) stays.
 */
function withoutRestatedBracket(name: string): string {
  const m = CLOSING_BRACKET.exec(name);
  return m?.[1] && m[2] && restates(m[1], m[2].trim()) ? m[1] : name;
}

/** The last and first segments of a document title with separators, made readable as names; [] without. */
export function titleEnds(docTitle: string | null | undefined): Array<string | null> {
  // « … » | Site: the quotation's closing mark is no separator, its title part ends with it.
  const parts = protectQuotes(collapseSpaces(docTitle)).split(TITLE_SEPARATOR).map(restoreQuotes);
  return parts.length < 2 ? [] : [parts[parts.length - 1], parts[0]].map(cleanSiteName);
}

/** The segments at either end of a document title that name the site: "Title | The Verge" → "The Verge". */
export function titleSiteName(docTitle: string | null | undefined, host: string): string | null {
  const ends = titleEnds(docTitle);
  const name =
    ends.find(
      (part): part is string => part !== null && fitsHost(part, host) && !compoundsSiteWord(part, host),
    ) ?? null;
  return name && hostWithin(name, host);
}

/** The host a title's end writes among other words ("Zobacz na przepisy.pl" → "przepisy.pl"), else the end. */
function hostWithin(name: string, host: string): string {
  const readable = readableHost(host).toLowerCase();
  return name.split(' ').find((word) => word.toLowerCase() === readable) ?? name;
}

/**
 * Picks the site's name: the first candidate (metadata order) that matches the host, a written name before
 * a bare lower-case slug of the host ("The Detroit News" before "detroitnews"); else the name in the page's
 * title; else a candidate that is not a generic word ("Hosted"); else the readable host. A slug alone
 * becomes the host ("cleveland" → "cleveland.com"); a host gives way to the name of the site's logo (`logo`).
 */
export function chooseSiteName(
  candidates: Array<string | null | undefined>,
  docTitle: string | null | undefined,
  host: string,
  logo: string | null = null,
): string {
  const names = candidates
    .map(cleanSiteName)
    .filter((n): n is string => n !== null && !GENERIC.test(n) && !strayDigit(n, host));
  const slug = squash(hostLabel(host));
  const isSlug = (name: string) => name === name.toLowerCase() && squash(name) === slug;
  // "ultimahora.com" in lower case names the site no better than its host: a written name ("Ultima Hora")
  // comes first. A host written as a brand ("Space.com", "AOC media") is the name.
  const isHostForm = (name: string) =>
    name === name.toLowerCase() && (squash(name) === slug || squash(name) === squash(readableHost(host)));
  const fitting = names.filter((name) => fitsHost(name, host));
  // A name the metadata gives and the page's title ends with is the site's, whatever its host (a blog's name).
  const last = titleEnds(docTitle)[0];
  const titled = last ? names.find((name) => sameName(last, name)) : undefined;
  const chosen =
    fitting.find((name) => !isHostForm(name)) ??
    titled ??
    titleSiteName(docTitle, host) ??
    fitting[0] ??
    names[0] ??
    readableHost(host);
  if (isSlug(chosen) || isHostForm(chosen)) {
    // A host is the last resort: as the title writes it ("Wday.ru"), else the logo's name if it is the site's.
    const hostName = isSlug(chosen) ? readableHost(host) : chosen;
    const written = writtenInTitle(hostName, docTitle);
    if (written !== hostName) return written;
    const logoSite = cleanSiteName(logo);
    return logoSite && fitsHost(logoSite, host) && !isHostForm(logoSite) && !strayDigit(logoSite, host)
      ? logoSite
      : hostName;
  }
  return spokenForm(
    spacedInTitle(chosen, docTitle, host) ??
      newsInTitle(chosen, docTitle, host) ??
      wholeInTitle(chosen, docTitle, host) ??
      chosen,
  );
}

// One digit glued to a name's last letter: a build's name ("BMBF2" as an application's name) or a footnote mark.
const GLUED_DIGIT = /\p{L}[\p{Nd}\p{No}]$/u;

/** A name ending in a digit glued to its letters that the host does not spell ("BMBF2" on bmbf.de; "RTL2" on rtl2.de stays). */
function strayDigit(name: string, host: string): boolean {
  if (!GLUED_DIGIT.test(name)) return false;
  const spelled = squash(name.replace(/[äöüÄÖÜ]/gu, (c) => `${c.normalize('NFD')[0]}e`));
  return !squash(host).includes(squash(name)) && !squash(host).includes(spelled);
}

/** The name the page's title gives, the chosen one and a news word after it ("CBC" → "CBC News"); else null. */
function newsInTitle(name: string, docTitle: string | null | undefined, host: string): string | null {
  const written = titleSiteName(docTitle, host);
  if (!written?.toLowerCase().startsWith(`${name.toLowerCase()} `)) return null;
  return NEWS_WORD.test(written.slice(name.length + 1)) ? written : null;
}

/**
 * The page's title names the site as its whole host spells it, where the metadata gives only the first part of
 * that name ("Puppies" on puppyhaven24.example, "Puppy Haven 24" in the title): the whole name is the site's.
 */
function wholeInTitle(name: string, docTitle: string | null | undefined, host: string): string | null {
  const label = squash(hostLabel(host));
  const key = squash(name);
  if (!key || key === label || !label.startsWith(key)) return null;
  const written = titleSiteName(docTitle, host);
  return written && /\p{Lu}/u.test(written) && spellsHost(written, host) ? written : null;
}

/** The name as readers say it: without a motto after its comma, or a domain glued to a name of several words. */
export function spokenForm(name: string): string {
  const named = name.replace(MOTTO_AFTER_COMMA, '$1');
  return /\p{Lu}/u.test(named) ? named.replace(GLUED_DOMAIN, '$1') : named;
}

/**
 * A host as the page's title writes it with capitals, the form readers see ("… по версии Wday.ru" → "Wday.ru");
 * else the host as it is.
 */
function writtenInTitle(hostName: string, docTitle: string | null | undefined): string {
  const title = docTitle ?? '';
  const at = title.toLowerCase().indexOf(hostName.toLowerCase());
  // Inside a longer address ("mywday.ru") it is another host.
  if (at < 0 || /[\p{L}\d.-]/u.test(title[at - 1] ?? '')) return hostName;
  const written = title.slice(at, at + hostName.length);
  return /\p{Lu}/u.test(written) && written.toLowerCase() === hostName.toLowerCase() ? written : hostName;
}

/**
 * The page's title writes with spaces a name the metadata glues together, as a handle does ("@HarbourTimes"
 * → "Harbour Times"): the written form is the one readers know.
 */
function spacedInTitle(name: string, docTitle: string | null | undefined, host: string): string | null {
  if (/\s/.test(name)) return null;
  const written = titleSiteName(docTitle, host);
  return written && /\s/.test(written) && sameName(written, name) ? written : null;
}
