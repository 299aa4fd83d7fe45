/**
 * The article's headline: the title candidates (JSON-LD, OpenGraph, Twitter, the document's <title>) without
 * the site's or author's name around them ("… | Eleanor Ainge Roy", "Mozilla - Wikipedia"), the first that
 * agrees with another candidate or a visible <h1> (a CMS placeholder like "escenic" agrees with none), cut
 * down to the <h1> when that is the same headline without a label ("Opinion | …", "… [LWN.net]").
 */
import { DATE_WITH_YEAR } from '@/utils/shared/date-stamps';
import { collapseSpaces, foldWords } from '@/utils/shared/fold';
import { longerHeading } from './longer-heading';
import { protectQuotes, restoreQuotes } from './quoted-title';
import { compoundsSiteWord, fitsHost, TITLE_SEPARATOR } from './site-name';

/** What the headline is chosen from. */
export interface HeadlineSources {
  /** The metadata's title candidates, best source first. */
  candidates: Array<string | null | undefined>;
  /** The document's <title>. */
  documentTitle?: string | null;
  /** Texts of the page's <h1> elements. */
  headings: string[];
  siteName: string | null;
  /** Other names the page gives itself (its metadata's, its logo's): a site's name in another script than its host's. */
  siteNames?: Array<string | null>;
  byline: string | null;
  host: string;
}

const MAX_CHARS = 250;
const AGREEMENT = 0.5;
// An <h1> inside a candidate that long is the same headline without the label or site around it.
const HEADING_SHARE = 0.5;

// A date alone at a title's end is the day's stamp, not the headline: "23.01.2022 - Wierer wins in Antholz".
const DATE_ONLY = new RegExp(`^(?:${DATE_WITH_YEAR})$`, 'i');

// A blog template's label between the site's name and the headline: "Site » Blog Archive » Headline".
const TEMPLATE_LABEL = /^(?:blog\s+archiv(?:e|es)?)$/iu;

function namesSiteOrAuthor(part: string, sources: HeadlineSources): boolean {
  const key = foldWords(part);
  if (!key) return false;
  if (DATE_ONLY.test(part.trim()) || TEMPLATE_LABEL.test(part.trim())) return true;
  const names = [sources.siteName, sources.byline, ...(sources.siteNames ?? [])]
    .filter((n): n is string => !!n)
    .map(foldWords);
  return (
    names.includes(key) ||
    (key.split(' ').length <= 5 &&
      fitsHost(part, sources.host) &&
      !compoundsSiteWord(part, sources.host, true))
  );
}

// A template whose site slot is empty leaves its separator: "Über André Loibl |", "National Rail Enquiries -".
const DANGLING_SEPARATOR = /\s+(?:[|│｜·•/»:]|::|[-–—])$/u;

/** A title without the site's or author's name at its ends. */
export function withoutAffixes(title: string, sources: HeadlineSources): string {
  return restoreQuotes(withoutAffixesWithin(protectQuotes(collapseSpaces(title)), sources));
}

function withoutAffixesWithin(title: string, sources: HeadlineSources): string {
  let text = title
    .replace(DANGLING_SEPARATOR, '')
    .replace(/\s*\[([^\]]{2,40})\]$/u, (m, inner: string) => (namesSiteOrAuthor(inner, sources) ? '' : m));
  for (let i = 0; i < 3; i += 1) {
    const parts = text.split(TITLE_SEPARATOR);
    if (parts.length < 2) break;
    const separators = text.match(new RegExp(TITLE_SEPARATOR.source, 'gu')) ?? [];
    if (namesSiteOrAuthor(parts[parts.length - 1] ?? '', sources)) {
      text = text.slice(0, text.lastIndexOf(separators[separators.length - 1] ?? '')).trim();
    } else if (namesSiteOrAuthor(parts[0] ?? '', sources)) {
      text = text.slice((parts[0] ?? '').length + (separators[0] ?? '').length).trim();
    } else break;
  }
  return text;
}

function words(text: string): Set<string> {
  return new Set(foldWords(text).split(' ').filter(Boolean));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** The <h1> a title contains, when it is most of the title: the headline without its label. */
function headingWithin(title: string, headings: string[]): string | null {
  const folded = ` ${foldWords(title)} `;
  return (
    headings.find((h) => {
      const key = foldWords(h);
      return key && folded.includes(` ${key} `) && key.length >= HEADING_SHARE * folded.trim().length;
    }) ?? null
  );
}

const usable = (t: string): boolean => t.length > 0 && t.length <= MAX_CHARS;

/**
 * The article's headline, or null when the page offers none. The document's <title> and the <h1>s are what
 * the page shows: a candidate must agree with one of them (two metadata fields repeating the site's generic
 * title agree with each other, not with the page); the <title> itself must agree with an <h1>.
 */
export function chooseHeadline(sources: HeadlineSources): string | null {
  const documentTitle = withoutAffixes(collapseSpaces(sources.documentTitle), sources);
  const metadata = sources.candidates.map((t) => withoutAffixes(collapseSpaces(t), sources)).filter(usable);
  const titles = usable(documentTitle) ? [...metadata, documentTitle] : metadata;
  const headings = sources.headings.map(collapseSpaces).filter((h) => h.length >= 8 && h.length <= MAX_CHARS);
  const shown = (t: string) =>
    [...(t === documentTitle || !usable(documentTitle) ? [] : [documentTitle]), ...headings].map(words);
  const agreed = titles.find((t) => shown(t).some((w) => dice(words(t), w) >= AGREEMENT));
  const title = agreed ?? titles.find((t) => t.split(' ').length >= 3) ?? titles[0] ?? headings[0] ?? null;
  if (!title) return null;
  const whole = completed(title, [...titles, ...sources.headings.map(collapseSpaces)]);
  return (
    longerHeading(whole, headings) ??
    storyBesideSiteHeading(whole, headings, sources) ??
    headingWithin(whole, headings) ??
    headingBeforeAffix(whole, sources.headings) ??
    whole
  );
}

// A separator at the end or the start of what is left of a title once a heading is taken out.
const SEPARATOR_AT_END = /\s+(?:[|│｜·•/»:_]|::|[-–—])\s*$/u;
const SEPARATOR_AT_START = /^\s*(?:[|│｜·•/»:_]|::|[-–—])\s+/u;

/**
 * The story's own <h1> when the title is it and the site's <h1> ("Kleine Schafskunde | Blatt – Webcomic", the
 * page heading the site "Blatt – Webcomic" and the story "Kleine Schafskunde"): the site's name may hold a
 * separator of its own, which cutting the title's affixes does not see.
 */
function storyBesideSiteHeading(title: string, headings: string[], sources: HeadlineSources): string | null {
  for (const site of headings) {
    if (site.length >= title.length || !namesSiteOrAuthor(site, sources)) continue;
    const rest = title.endsWith(site)
      ? title.slice(0, -site.length).replace(SEPARATOR_AT_END, '')
      : title.startsWith(site)
        ? title.slice(site.length).replace(SEPARATOR_AT_START, '')
        : null;
    // What is left is one of the page's headings: the story's.
    const story = rest ? headings.find((h) => h !== site && foldWords(h) === foldWords(rest)) : undefined;
    if (story) return story;
  }
  return null;
}

// A headline cut to fit a field: "… should be essential reading for Hong Kong leader...".
const ELLIPSIS = /\s*(?:\.{3}|…)$/u;

/** A cut title's full form, when another candidate or an <h1> starts as it does and goes on. */
function completed(title: string, others: string[]): string {
  if (!ELLIPSIS.test(title)) return title;
  const stem = foldWords(title.replace(ELLIPSIS, ''));
  if (stem.split(' ').length < 3) return title;
  return (
    others.find((t) => t.length <= MAX_CHARS && !ELLIPSIS.test(t) && foldWords(t).startsWith(stem)) ?? title
  );
}

// What a title puts after its <h1>: a separator, with or without spaces ("Name_Encyclopedia"), then a name.
const AFFIX_AFTER = /^\s*(?:[_|·•»/]|::|[-–—])\s*(\S.*)$/u;
const AFFIX_MAX_CHARS = 30;
const AFFIX_MAX_WORDS = 4;

/**
 * The <h1> when the title is it and a short name after a separator: "蔡健雅_百度百科" with an <h1> « 蔡健雅 »; a
 * site's name in another script than its host's matches no host. A name's words open without a small letter:
 * "Brexit - what now" is one headline.
 */
function headingBeforeAffix(title: string, headings: string[]): string | null {
  for (const raw of headings) {
    const heading = collapseSpaces(raw);
    if (!heading || !title.startsWith(heading)) continue;
    const affix = AFFIX_AFTER.exec(title.slice(heading.length))?.[1];
    if (!affix || affix.length > AFFIX_MAX_CHARS) continue;
    const affixWords = affix.split(' ');
    if (affixWords.length <= AFFIX_MAX_WORDS && affixWords.every((w) => !/^\p{Ll}/u.test(w))) return heading;
  }
  return null;
}
