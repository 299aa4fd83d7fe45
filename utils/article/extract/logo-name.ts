/**
 * The site's name as its logo spells it: the alt text of the logo picture (« <img src="/logo.gif" alt="Harbour
 * Post"> »), the name a reader sees in the page's masthead. Read when the metadata names the site by its host.
 */
import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { collapseSpaces } from '@/utils/shared/fold';

// The logo says so in its address, class or id; or it is the picture of the link to the home page.
const LOGO = /logo|masthead|brand/i;
const HOME = /^(?:\/|\.\/|index\.\w+)?$/;
// The masthead comes first: a logo further down is a partner's or an advertiser's.
const MAX_IMAGES = 12;
// "Logo", "kbsworldlogo", "Startseite": alt texts that say what the picture is, not whose; "x . d e" is no name.
const NOT_A_NAME = /logo|^(?:home|homepage|startseite|accueil|inicio|header|image|img)$|\s\.\s/iu;
// What the link does, around the name: "Der Verein (Link zur Startseite)", "Startseite Harbour", "ZAMG Homepage".
const LINK_WORDS =
  /\s*\([^)]*\)$|^(?:(?:link\s+)?zur\s+)?(?:startseite|homepage|home|accueil)\s*[:|-]?\s+|\s*[:|-]?\s+(?:(?:link\s+)?zur\s+|go\s+to\s+|back\s+to\s+)?(?:startseite|homepage|home\s*page|home|accueil)$/giu;

function isLogo(img: Element): boolean {
  const marks = `${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('id') ?? ''}`;
  if (LOGO.test(marks)) return true;
  const href = img.closest('a')?.getAttribute('href')?.trim();
  return href !== undefined && HOME.test(href);
}

/** The alt text of the page's logo, without what its link does, or null. */
export function logoName(doc: Document, index?: ElementIndex): string | null {
  const title = collapseSpaces(doc.title);
  for (const img of indexOf(doc, index).tagged('img').slice(0, MAX_IMAGES)) {
    const alt = collapseSpaces(img.getAttribute('alt')).replace(LINK_WORDS, '');
    // A logo whose alt is the page's title ("Story – Site") says nothing of its own.
    if (alt && isLogo(img) && !NOT_A_NAME.test(alt) && alt !== title) return alt;
  }
  return null;
}
