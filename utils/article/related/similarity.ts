import type { Entity } from '@/utils/article/types';
import { foldWords } from '@/utils/shared/fold';
import { termWeights } from './keywords';
import { stem, stemSet } from './text';
import { TextWindows, WINDOW } from './text-windows';
import type { RankableArticle } from './types';

/** An article entity as matched in other texts: its folded forms and its weight in (0, 1]. */
export interface WeightedEntity {
  forms: string[];
  weight: number;
  /** A place: weak evidence alone (PLACE_FACTOR). */
  place?: boolean;
  /** The article's first entity and a place: it counts whole beside another entity (`entityWeight`). */
  placeSubject?: boolean;
  /** Its forms as the article writes them, capitals kept ("NASA"). */
  written?: string[];
}

/** What other stories are compared with. */
export interface ArticleProfile {
  lang: string;
  entities: WeightedEntity[];
  /** Topic stems of the text (entity words left out) → weight in (0, 1]. */
  terms: Map<string, number>;
  titleStems: Set<string>;
}

// A place is weak evidence alone: a local site names its city in most stories, a world desk its country.
const PLACE_FACTOR = 0.5;

function weightedEntities(entities: Entity[]): WeightedEntity[] {
  const maxScore = Math.max(0, ...entities.map((e) => e.score));
  const maxCount = Math.max(1, ...entities.map((e) => e.count));
  // The first entity is the article's subject ("Europa" in a story on the moon), a place or not.
  const subject = entities.find((e) => (maxScore > 0 ? e.score === maxScore : e.count === maxCount));
  return entities
    .map((entity) => ({
      forms: [...new Set([entity.text, ...entity.variants].map(foldWords))].filter(
        (form) => form.length >= 2,
      ),
      weight:
        (entity.type === 'place' ? PLACE_FACTOR : 1) *
        (maxScore > 0 ? Math.max(0, entity.score) / maxScore : entity.count / maxCount),
      place: entity.type === 'place',
      written: [entity.text, ...entity.variants],
      placeSubject: entity === subject && entity.type === 'place',
    }))
    .filter((entity) => entity.forms.length > 0 && entity.weight > 0);
}

/** The text without the given snippets (e.g. link titles Readability kept in the body). */
function without(text: string, snippets: readonly string[]): string {
  let out = text;
  // Which snippets the text may hold, known at once (made again after each cut): a search per snippet is slow
  // when a page has thousands of links.
  let windows: TextWindows | null = null;
  for (const snippet of snippets) {
    if (snippet.length < WINDOW) continue;
    windows ??= new TextWindows(out);
    if (!windows.mayHold(snippet) || !out.includes(snippet)) continue;
    out = out.split(snippet).join(' ');
    windows = null;
  }
  return out;
}

/**
 * Builds the comparison profile of an article. `exclude` holds texts that are not the article's own words:
 * the titles of the page's story links, which extraction sometimes keeps ("Read more: …", a byline's hover
 * card). Counting them would make every such story look like the article; entities only they mention go too.
 */
export function articleProfile(article: RankableArticle, exclude: readonly string[] = []): ArticleProfile {
  const text = without(article.text, exclude);
  const foldedText = foldWords(text);
  const folded = exclude.length > 0 ? ` ${foldedText} ` : '';
  const entities = weightedEntities(article.entities).filter(
    (entity) => !folded || entity.forms.some((form) => folded.includes(` ${form} `)),
  );
  // One-word entities ("Microsoft") are matched as entities; counting their word as a keyword too would double it.
  const entityStems = new Set(entities.flatMap((e) => e.forms.filter((f) => !f.includes(' ')).map(stem)));
  return {
    lang: article.lang,
    entities,
    terms: termWeights(article.title, text, foldedText, article.lang, entityStems),
    titleStems: stemSet(article.title, article.lang),
  };
}

// Judging how common an entity is among a page's links needs a few of them.
const MIN_LINKS_FOR_COMMONNESS = 6;

/**
 * The profile with each entity weighed down by the share of the page's story links that name it: an entity
 * in most of the site's headlines ("Trump" on a politics site, the city on a local one) tells a story on
 * the article's subject from the rest of the news poorly.
 */
export function withLinkCommonness(profile: ArticleProfile, foldedHeadlines: string[]): ArticleProfile {
  if (foldedHeadlines.length < MIN_LINKS_FOR_COMMONNESS) return profile;
  const padded = foldedHeadlines.map((h) => ` ${h} `);
  const entities = profile.entities.map((entity) => {
    const df = padded.filter((h) => entity.forms.some((form) => h.includes(` ${form} `))).length;
    const share = df / padded.length;
    return { ...entity, weight: entity.weight * Math.max(0.2, 1 - 1.5 * share) };
  });
  return { ...profile, entities };
}

/** The article's entities found (as whole words, any variant) in a folded text. */
export function matchedEntities(profile: ArticleProfile, foldedText: string): Set<WeightedEntity> {
  const padded = ` ${foldedText} `;
  return new Set(
    profile.entities.filter((entity) => entity.forms.some((form) => padded.includes(` ${form} `))),
  );
}

/**
 * Sum of the weights of matched entities, leaving out those already counted. The article's subject, when a
 * place, named beside another of its entities as the headline `shown` writes it ("NASA Europa Mission …"
 * under a story on the moon Europa, not "… by mail" beside a "Mail") is no weak evidence alone: it counts whole.
 */
export function entityWeight(
  matched: ReadonlySet<WeightedEntity>,
  counted?: ReadonlySet<WeightedEntity>,
  shown?: string,
): number {
  let sum = 0;
  let places = 0;
  let others = false;
  for (const entity of matched) {
    if (counted?.has(entity)) continue;
    sum += entity.weight;
    if (entity.placeSubject) places += entity.weight;
    else if (!entity.place && shown && entity.written?.some((form) => shown.includes(form))) others = true;
  }
  return others ? sum + places * (1 / PLACE_FACTOR - 1) : sum;
}

/** Sum of the weights of the article's topic stems present in a stem set, leaving out those already counted. */
export function termOverlap(
  profile: ArticleProfile,
  stems: ReadonlySet<string>,
  counted?: ReadonlySet<string>,
): number {
  let sum = 0;
  for (const key of stems) if (!counted?.has(key)) sum += profile.terms.get(key) ?? 0;
  return sum;
}

/** Dice coefficient of two sets, 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Maps a non-negative evidence sum to [0, 1): more evidence helps, with diminishing returns. */
export function saturate(sum: number, rate: number): number {
  return 1 - Math.exp(-rate * sum);
}

/** Rounds a score for output. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
