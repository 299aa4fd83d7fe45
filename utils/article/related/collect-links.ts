import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { siteReader } from '@/utils/shared/normalize-url';
import { DomMeasure } from './dom-measure';
import { linkBlock } from './link-block';
import { categoryElements, itemInSection, itemSnippet, linkItem } from './link-item';
import { type LinkTitles, linkTitles } from './link-title';
import { type PageContext, pageContext } from './page-context';
import { isSelfLink } from './self-links';
import { storyTitle } from './story-title';
import { type FiledLink, folderOf, keepFiledThinLinks } from './thin-slugs';
import type { LinkBlock, LinkCandidate } from './types';
import { hasPageShape, hasStoryId, parsedUrlKey, parseHttpUrl, storyUrlShape } from './url-rules';

/** Blocks in order of how much they say "related"; when one story is linked twice, the better block wins. */
const BLOCK_RANK: Record<LinkBlock, number> = {
  related: 5,
  suggested: 4,
  inline: 3,
  tag: 2,
  latest: 1,
  other: 0,
};

interface Draft {
  url: string;
  /** The titles each link to the story offers; the story's title is chosen from them all at the end. */
  links: LinkTitles[];
  block: LinkBlock;
  group: number;
  snippet: string;
  sameSection: boolean;
  cued: boolean;
}

interface StoryLink extends FiledLink {
  url: string;
  key: string;
  hasId: boolean;
  /** Number of path segments and extension: "2:html". */
  shape: string;
}

// When most of a site's story links carry an id or a date, a link without one whose path is shaped
// like none of them is a topic, series or section page ("/piratage-de-sony-pictures/",
// "/environment/series/seascape"), not a story.
const ID_SHARE = 0.6;
const ID_MIN = 4;

function pathShape(url: URL): string {
  const segments = url.pathname.split('/').filter(Boolean);
  const extension = /\.([a-z0-9]{2,5})$/i.exec(url.pathname)?.[1]?.toLowerCase() ?? '';
  return `${segments.length}:${extension}`;
}

function keepStoryShaped(links: Map<Element, StoryLink>): Map<Element, StoryLink> {
  const keys = new Map([...links.values()].map((link) => [link.key, link]));
  const withId = [...keys.values()].filter((link) => link.hasId);
  if (withId.length < ID_MIN || withId.length < ID_SHARE * keys.size) return links;
  const storyShapes = new Set(withId.map((link) => link.shape));
  return new Map([...links].filter(([, link]) => link.hasId || storyShapes.has(link.shape)));
}

/**
 * The story link an `href` makes on this page, or null: same-site, article-like (or thin, see `storyUrlShape`),
 * not the page itself.
 */
function storyLinkOf(href: string, ctx: PageContext, siteOfUrl: (url: URL) => string): StoryLink | null {
  const url = parseHttpUrl(href, ctx.base);
  if (!url || !ctx.sites.has(siteOfUrl(url)) || isSelfLink(url, ctx.self)) return null;
  const urlShape = storyUrlShape(url);
  const thin = urlShape !== 'story' && !hasPageShape(url, ctx.shape);
  if (thin && urlShape !== 'thin') return null;
  url.hash = '';
  const address = url.href;
  const hasId = hasStoryId(url);
  const shape = pathShape(url);
  const folder = folderOf(url.pathname);
  // Last: the key is read by rewriting `url`.
  return { url: address, key: parsedUrlKey(url), hasId, shape, thin, folder };
}

/** Same-site, article-like, not the page itself: the links that may be stories. Maps each to its URL and key. */
function storyLinks(index: ElementIndex, ctx: PageContext): Map<Element, StoryLink> {
  const out = new Map<Element, StoryLink>();
  // A page links the same address many times (menus, a card's picture and title): each is judged once.
  const judged = new Map<string, StoryLink | null>();
  const siteOfUrl = siteReader();
  for (const a of index.tagged('a')) {
    const href = a.getAttribute('href');
    if (href === null) continue;
    let link = judged.get(href);
    if (link === undefined) {
      link = storyLinkOf(href, ctx, siteOfUrl);
      judged.set(href, link);
    }
    if (link) out.set(a, { ...link });
  }
  return keepStoryShaped(keepFiledThinLinks(out));
}

function draftOf(
  anchor: Element,
  url: string,
  { block, group, cued }: Pick<Draft, 'block' | 'group' | 'cued'>,
  measure: DomMeasure,
  ctx: PageContext,
): Draft {
  // Inline links sit in the article's own text: their surroundings say nothing about the linked story. An
  // editor's pointer under its cue is its own headline: the section around it (a live blog's entry) titles
  // other news.
  const item = block === 'inline' ? null : cued ? anchor : linkItem(anchor, measure);
  const titles = linkTitles(anchor, item, block === 'inline');
  const teaser = item !== null && item !== anchor;
  // The item's category links and labels serve its teaser and its section: found once.
  const categories = item && (teaser || ctx.sections.size > 0) ? categoryElements(item, ctx.base) : [];
  const snippet = item && teaser ? itemSnippet(item, titles.best?.text ?? '', categories) : '';
  const sameSection = itemInSection(categories, ctx.base, ctx.sections);
  return { url, links: [titles], block, group, snippet, sameSection, cued };
}

function merge(into: Draft, next: Draft): void {
  into.links.push(...next.links);
  if (BLOCK_RANK[next.block] > BLOCK_RANK[into.block]) {
    into.block = next.block;
    into.group = next.group;
  }
  if (next.snippet.length > into.snippet.length) into.snippet = next.snippet;
  into.sameSection ||= next.sameSection;
  into.cued ||= next.cued;
}

/**
 * Collects the page's own story links with their block kind, title and teaser. Run it on the full page,
 * before Readability strips related and latest-articles blocks. Page order; one entry per story.
 */
export function collectLinkCandidates(
  doc: Document,
  pageUrl: string,
  elements?: ElementIndex,
): LinkCandidate[] {
  const index = indexOf(doc, elements);
  const ctx = pageContext(index, pageUrl);
  if (!ctx) return [];
  const links = storyLinks(index, ctx);
  const measure = new DomMeasure(index.tagged('h1'), new Map([...links].map(([a, link]) => [a, link.key])));
  const drafts = new Map<string, Draft>();
  const groups = new Map<Element, number>();
  for (const [anchor, { url, key }] of links) {
    const at = linkBlock(anchor, measure);
    if (at === null) continue;
    const { block, container, cued = false } = at;
    if (container && !groups.has(container)) groups.set(container, groups.size);
    const group = container ? (groups.get(container) as number) : -1;
    const draft = draftOf(anchor, url, { block, group, cued }, measure, ctx);
    const seen = drafts.get(key);
    if (seen) merge(seen, draft);
    else drafts.set(key, draft);
  }
  const out: LinkCandidate[] = [];
  for (const { links, cued, ...draft } of drafts.values()) {
    const title = storyTitle(links);
    const kicker = links.find((link) => link.kicker)?.kicker;
    if (!title) continue;
    out.push({
      ...draft,
      title: title.text,
      ...(kicker ? { kicker } : {}),
      ...(cued ? { cued } : {}),
      position: out.length,
    });
  }
  return out;
}
