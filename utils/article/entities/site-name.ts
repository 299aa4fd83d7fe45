// The publisher naming itself ("told the Riverside Courier", « a appris Le Journal de l’Est », "Wday.ru"): the page
// is on its site, so the name says who writes, not what the story is about.
import { toldTo } from './context-cues';
import { MEDIA_WORDS, PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { nameKey } from './normalize';

// A newspaper names itself once or twice ("told the Courier", "a Courier investigation"); a body writing on its own
// site about itself (a union, a zoo, a software project) names itself throughout. An outlet whose name says so
// ("Public Media", "News") may add its reporter's credit and its appeal ("… is funded by listeners like you").
const MAX_SELF_MENTIONS = 2;
const MAX_OUTLET_MENTIONS = 3;
// « au musée d’Orsay », "in Hyde Park Zoo", "im Zoo": the story happens at the place whose site the page is on.
const SETTING = new Set(['in', 'im', 'into', 'inside', 'a', 'au', 'aux', 'dans']);
// "NEW YORK (Wirex) -": a wire credited at the dateline files its own reporting, whose scoops ("sources told
// Wirex") readers count as part of the story.
const credited = (m: Mention): boolean => m.before[0] === '(' && m.after[0] === ')';
const LEADING_ARTICLE = /^(?:the|le|la|les|l)\s+/;
// "Riverside Courier Austin", "Channel 9 Boston": the station's place after its name.
const PLACE_AFTER = (key: string): string => {
  const ws = key.split(' ');
  return ws.length > 1 && PLACES.has(ws.at(-1) ?? '') ? ws.slice(0, -1).join(' ') : key;
};
// "Dublin Quays FM" calls itself "Quays FM" on air: its city before a name of two words or more.
const PLACE_BEFORE = (key: string): string => {
  const ws = key.split(' ');
  return ws.length > 2 && PLACES.has(ws[0] ?? '') ? ws.slice(1).join(' ') : key;
};

/** Keys the site goes by: its shown name with and without its article and place (after or before), and its host ("wday.ru"). */
export function siteKeys(site: string | undefined, url: string | undefined): Set<string> {
  const out = new Set<string>();
  if (site) {
    const key = nameKey(site);
    const bare = key.replace(LEADING_ARTICLE, '');
    for (const k of [key, bare, PLACE_AFTER(bare), PLACE_BEFORE(bare)]) if (k) out.add(k);
  }
  const host = ownSiteKey(url);
  if (host) out.add(host);
  return out;
}

/** The site's name says it is an outlet ("Public Media", "News"). */
const isOutlet = (site: ReadonlySet<string>): boolean =>
  [...site].some((k) => k.split(' ').some((w) => MEDIA_WORDS.has(w)));

/**
 * The site's own name, named at most twice and not in the title, when no gazetteer knows it as a place
 * ("cleveland.com" writes of Cleveland): the publisher's self-mention, left out of the article's names.
 */
export function isSelfMention(g: EntityGroup, site: ReadonlySet<string>, titleKey: string): boolean {
  if (site.size === 0 || g.mentions.length > MAX_OUTLET_MENTIONS) return false;
  // Whether the site is an outlet matters only past a self-mention's count: most groups are not asked.
  if (g.mentions.length > MAX_SELF_MENTIONS && !isOutlet(site)) return false;
  const keys = [...g.keys];
  if (!keys.some((k) => namesSite(k, g.mentions, site)) || keys.some((k) => PLACES.has(k))) return false;
  // « a confié au Devoir »: « au » after a reporting verb names who was told, no setting.
  if (g.mentions.some((m) => (SETTING.has(m.before[0] ?? '') && !toldTo(m)) || credited(m))) return false;
  return !keys.some((k) => ` ${titleKey} `.includes(` ${k} `));
}

/**
 * `key` is one of the site's names, or one of two words at least cut of its opening word(s), which every mention
 * has just before it ("Big" left before "Sky Public Media"), or one followed by an edition (« Hexagone Info Pays de
 * Savoie »).
 */
function namesSite(key: string, mentions: readonly Mention[], site: ReadonlySet<string>): boolean {
  if (site.has(key)) return true;
  for (const s of site) {
    if (!s.includes(' ')) continue;
    if (key.startsWith(`${s} `)) return true;
    if (!key.includes(' ') || !s.endsWith(` ${key}`)) continue;
    const head = s
      .slice(0, -key.length - 1)
      .split(' ')
      .reverse();
    if (mentions.every((m) => head.every((w, i) => m.before[i] === w))) return true;
  }
  return false;
}

/** The page's host as nameKey folds a name written like it ("Wday.ru" → "wdayru"), "www." aside; '' if none. */
export function ownSiteKey(url: string | undefined): string {
  if (!url) return '';
  try {
    return nameKey(new URL(url).hostname.replace(/^www\./, ''));
  } catch {
    return '';
  }
}

/**
 * A name written as the page's own domain ("по версии Wday.ru", "para Diario.com.mx"): the site speaking of itself
 * (a contest it runs, its readers), never a subject of the article. `site`: see ownSiteKey.
 */
export const isOwnSite = (g: EntityGroup, site: string): boolean =>
  site !== '' && [...g.surfaces.keys()].every((s) => s.includes('.') && nameKey(s) === site);
