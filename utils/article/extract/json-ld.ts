/** Article metadata from JSON-LD (schema.org): `@graph`, arrays and nested objects, malformed blocks skipped. */

import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { decodeEntities } from '@/utils/shared/html-entities';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /^(?:\w+)?(?:Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting)$/;
// A critic's review or a fact-check is the page's story when the page declares it alone: a shop's page lists its
// customers' reviews, several of them (and UserReview), each by a customer.
const REVIEW_TYPE = /^(?:Critic|Claim)?Review$/;

/** The fields of a schema.org article Liseuse uses. */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  inLanguage: string | null;
  image: string | null;
  description: string | null;
  url: string | null;
  /** The article's full text as the publisher gives it (plain text, sometimes with stray markup). */
  articleBody: string | null;
}

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object of a JSON-LD value: top-level arrays and `@graph` lists flattened. */
function flatten(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  return graph === undefined ? [value] : [value, ...flatten(graph)];
}

function types(obj: JsonObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/**
 * A readable string from a JSON-LD value: a string, a `{name}`/`{url}` object, or a list of those. Script
 * text is not decoded by the HTML parser, and CMSs write "&#8216;" into it: references are decoded here.
 */
function text(value: Json | undefined, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return decodeEntities(value).trim() || null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => text(v, key)).filter((v): v is string => v !== null);
    return parts.length > 0 ? (key === 'name' ? parts.join(', ') : (parts[0] ?? null)) : null;
  }
  return isObject(value) ? text(value[key], key) : null;
}

/** `mainEntityOfPage` is a URL, or an object naming the page by `@id` (or `url`). */
function pageId(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  return isObject(value) ? (text(value['@id'], 'url') ?? text(value.url, 'url')) : null;
}

/** Objects of a `@graph` named by their `@id`: an article's author is often a reference to one ("Yoast" pages). */
type GraphIndex = ReadonlyMap<string, JsonObject>;

function graphIndex(objects: readonly JsonObject[]): GraphIndex {
  const byId = new Map<string, JsonObject>();
  for (const obj of objects) {
    const id = obj['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, obj);
  }
  return byId;
}

/** A value with its `{"@id": …}` references replaced by the objects they name. */
function resolved(value: Json | undefined, byId: GraphIndex): Json | undefined {
  if (Array.isArray(value)) return value.map((v) => resolved(v, byId) ?? null);
  if (!isObject(value) || value.name !== undefined || typeof value['@id'] !== 'string') return value;
  return byId.get(value['@id']) ?? value;
}

function toArticle(obj: JsonObject, type: string, byId: GraphIndex): JsonLdArticle {
  return {
    type,
    headline: text(obj.headline) ?? text(obj.name),
    author: text(resolved(obj.author, byId)) ?? text(resolved(obj.creator, byId)),
    publisher: text(obj.publisher),
    datePublished: text(obj.datePublished) ?? text(obj.dateCreated),
    inLanguage: text(obj.inLanguage),
    image: text(obj.image, 'url') ?? text(obj.thumbnailUrl, 'url'),
    description: text(obj.description),
    url: text(obj.url, 'url') ?? pageId(obj.mainEntityOfPage),
    articleBody: typeof obj.articleBody === 'string' ? obj.articleBody : null,
  };
}

/** All parseable JSON-LD objects of the document (parsed once per `index`; do not modify them). */
export function jsonLdObjects(doc: Document, index?: ElementIndex): JsonObject[] {
  const elements = indexOf(doc, index);
  return elements.derive('json-ld', () => parseJsonLd(elements.tagged('script')));
}

function parseJsonLd(scripts: readonly Element[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of scripts) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      // Some CMSs wrap the JSON in a CDATA comment.
      const source = (script.textContent ?? '').replace(
        /^\s*(?:<!\[CDATA\[|\/\/<!\[CDATA\[)|(?:\]\]>|\/\/\]\]>)\s*$/g,
        '',
      );
      out.push(...flatten(JSON.parse(source) as Json));
    } catch {
      // A malformed block is the page's problem: skip it and read the others.
    }
  }
  return out;
}

/**
 * The document's JSON-LD article (NewsArticle, BlogPosting, ...), else its one review (a test, a critic's
 * review), or null when it declares neither.
 */
export function jsonLdArticle(doc: Document, index?: ElementIndex): JsonLdArticle | null {
  const objects = jsonLdObjects(doc, index);
  for (const obj of objects) {
    const type = types(obj).find((t) => ARTICLE_TYPE.test(t));
    if (type) return toArticle(obj, type, graphIndex(objects));
  }
  const reviews = objects.filter((obj) => types(obj).some((t) => REVIEW_TYPE.test(t)));
  const [review] = reviews;
  const type = review && types(review).find((t) => REVIEW_TYPE.test(t));
  return reviews.length === 1 && review && type ? toArticle(review, type, graphIndex(objects)) : null;
}

/**
 * Who wrote the claims or works the page reviews (a fact-check's ClaimReview, a critic's Review): the page
 * prints them in a box marked "author", yet they are the reviewed item's authors, not the page's.
 */
export function reviewedAuthors(doc: Document, index?: ElementIndex): string[] {
  return jsonLdObjects(doc, index).flatMap((obj) => {
    const item = obj.itemReviewed;
    const items = Array.isArray(item) ? item : [item];
    return items.flatMap((it) => (isObject(it) ? (text(it.author) ?? text(it.creator) ?? []) : []));
  });
}

/** A schema.org recipe's ingredients and steps, as the publisher lists them (plain text, one entry each). */
export interface JsonLdRecipe {
  ingredients: string[];
  steps: string[];
}

/** Recipe steps: a string, a list, `HowToStep`s (`text`, else `name`) or `HowToSection`s of them. */
function recipeSteps(value: Json | undefined): string[] {
  if (typeof value === 'string') return [decodeEntities(value)];
  if (Array.isArray(value)) return value.flatMap(recipeSteps);
  if (!isObject(value)) return [];
  if (value.itemListElement !== undefined) return recipeSteps(value.itemListElement);
  return recipeSteps(value.text ?? value.name);
}

/** The document's JSON-LD recipe, or null when it declares none (or one without ingredients and steps). */
export function jsonLdRecipe(doc: Document, index?: ElementIndex): JsonLdRecipe | null {
  for (const obj of jsonLdObjects(doc, index)) {
    if (!types(obj).includes('Recipe')) continue;
    const list = obj.recipeIngredient ?? obj.ingredients;
    const ingredients = (Array.isArray(list) ? list : [list])
      .map((v) => (typeof v === 'string' ? decodeEntities(v).trim() : ''))
      .filter(Boolean);
    const steps = recipeSteps(obj.recipeInstructions)
      .map((s) => s.trim())
      .filter(Boolean);
    return ingredients.length > 0 || steps.length > 0 ? { ingredients, steps } : null;
  }
  return null;
}
