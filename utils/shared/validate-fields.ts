/**
 * Field checks shared by every boundary that takes data from outside: messages, imports, restores and
 * (later) synced documents. Each returns a short reason when the value is refused, null when it is fine,
 * so a rejected row can be reported ("title: too long") and left out.
 */

/** Upper bounds of article fields: generous for real pages, small enough that no row breaks a view. */
export const ARTICLE_LIMITS = {
  url: 4_000,
  id: 200,
  title: 2_000,
  byline: 1_000,
  siteName: 500,
  excerpt: 10_000,
  lang: 35,
  date: 100,
  html: 5_000_000,
  text: 5_000_000,
  tag: 100,
  tags: 50,
  entities: 1_000,
  related: 500,
  images: 1_000,
} as const;

/** A field's problem, or null. */
export type Problem = string | null;

const HTTP = /^https?:$/;

/** The first problem of a list of checks, or null. */
export function firstProblem(...problems: Problem[]): Problem {
  return problems.find((p) => p !== null) ?? null;
}

/** Any string up to `max` characters. */
export function textProblem(v: unknown, max: number): Problem {
  if (typeof v !== 'string') return 'not text';
  return v.length > max ? `longer than ${max} characters` : null;
}

/** `null` or a string up to `max`. */
export function optionalTextProblem(v: unknown, max: number): Problem {
  return v === null ? null : textProblem(v, max);
}

/** An absolute http(s) URL: never `javascript:`, `data:`, `file:` or relative. */
export function httpUrlProblem(v: unknown, max: number = ARTICLE_LIMITS.url): Problem {
  const text = textProblem(v, max);
  if (text) return text;
  try {
    return HTTP.test(new URL(v as string).protocol) ? null : 'not an http(s) address';
  } catch {
    return 'not an address';
  }
}

/** An image address: http(s), or an inline `data:image/…` picture. */
export function mediaUrlProblem(v: unknown, max: number = ARTICLE_LIMITS.url): Problem {
  if (typeof v === 'string' && /^data:image\//i.test(v)) return textProblem(v, max);
  return httpUrlProblem(v, max);
}

/** A finite number within [min, max]. */
export function numberProblem(v: unknown, min: number, max: number): Problem {
  if (typeof v !== 'number' || !Number.isFinite(v)) return 'not a number';
  return v < min || v > max ? `outside ${min}..${max}` : null;
}

/** A time in epoch milliseconds (years 1970 to 9999). */
export function epochProblem(v: unknown): Problem {
  return numberProblem(v, 0, 253_402_300_799_999);
}

/** One of `values`. */
export function oneOfProblem(v: unknown, values: readonly unknown[]): Problem {
  return values.includes(v) ? null : `not one of ${values.map(String).join(', ')}`;
}

/** A list of at most `count` items, each passing `item`. */
export function listProblem(v: unknown, count: number, item: (x: unknown) => Problem): Problem {
  if (!Array.isArray(v)) return 'not a list';
  if (v.length > count) return `more than ${count} items`;
  for (const x of v) {
    const p = item(x);
    if (p) return p;
  }
  return null;
}

/** Tags: at most `ARTICLE_LIMITS.tags`, each a string of at most `ARTICLE_LIMITS.tag` characters. */
export function tagsProblem(v: unknown, count: number = ARTICLE_LIMITS.tags): Problem {
  return listProblem(v, count, (t) => textProblem(t, ARTICLE_LIMITS.tag));
}

/** Prefixes a problem with the field it is about. */
export function inField(name: string, problem: Problem): Problem {
  return problem === null ? null : `${name}: ${problem}`;
}

/** Any object, arrays included (not null): a value whose fields can be read. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A string of at most `max` characters. */
export function isString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** A plain object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
