import { foldWords } from '@/utils/shared/fold';
import type { LinkTitles } from './link-title';
import { betterTitle, isTeaser, type SourcedTitle } from './title-rules';

/** A title with the link it came from (the link's place in the story's list). */
interface Offered {
  title: SourcedTitle;
  link: number;
  key: string;
}

/** Whether a title is said by the link itself: its text or its headline part, not a tooltip or a picture. */
const isOwn = (title: SourcedTitle): boolean => title.source === 'text' || title.source === 'heading';

/**
 * Whether another part of the card says the same words: another link to the story, or the picture's alt or
 * `title` of the link whose text it is. Two parts of one link that are not its text (an alt and a `title`)
 * often both hold the picture's caption: they vouch for nothing.
 */
function isEchoed(best: Offered, offered: Offered[]): boolean {
  return offered.some(
    (other) =>
      other.key === best.key &&
      other.title !== best.title &&
      (other.link !== best.link || isOwn(best.title) || isOwn(other.title)),
  );
}

/**
 * The headline of a story the page links several times (a card's picture, headline and teaser): a heading
 * first; then a text another part of the card repeats (the picture's alt, another link) over one said once,
 * as a one-sentence teaser is ("This article takes a look at…"); then by source and length (`betterTitle`).
 */
export function storyTitle(links: LinkTitles[]): SourcedTitle | null {
  const offered: Offered[] = links.flatMap((link, index) =>
    link.options.map((title) => ({ title, link: index, key: foldWords(title.text) })),
  );
  let best: Offered | null = null;
  let bestEchoed = false;
  links.forEach((link, index) => {
    if (!link.best) return;
    const next: Offered = { title: link.best, link: index, key: foldWords(link.best.text) };
    const echoed = isEchoed(next, offered);
    if (!best || better(next, echoed, best, bestEchoed)) {
      best = next;
      bestEchoed = echoed;
    }
  });
  const chosen = (best as Offered | null)?.title ?? null;
  if (chosen?.source === 'heading' && !isTeaser(chosen.text)) return chosen;
  // Two short words the card says twice (its heading and the picture's alt) are its headline: better than a
  // teaser, a link's text beside the heading, or nothing.
  const echoed = shortEchoed(links);
  if (echoed && (!chosen || isTeaser(chosen.text) || echoed.source === 'heading')) return echoed;
  return chosen;
}

/** A title of two short words that two parts of the card say: the headline and the picture's alt. */
function shortEchoed(links: LinkTitles[]): SourcedTitle | null {
  const said = links.flatMap((link, index) =>
    link.short.map((title) => ({ title, link: index, key: foldWords(title.text) })),
  );
  const echoed = said.filter((one) =>
    said.some(
      (other) =>
        other !== one &&
        other.key === one.key &&
        (other.link !== one.link || isOwn(one.title) || isOwn(other.title)),
    ),
  );
  return (echoed.find((one) => isOwn(one.title)) ?? echoed[0])?.title ?? null;
}

function better(next: Offered, nextEchoed: boolean, best: Offered, bestEchoed: boolean): boolean {
  const heading = Number(next.title.source === 'heading') - Number(best.title.source === 'heading');
  if (heading !== 0) return heading > 0;
  if (nextEchoed !== bestEchoed) return nextEchoed;
  return betterTitle(best.title, next.title) === next.title;
}
