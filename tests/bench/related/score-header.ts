/** Header accuracy (title, byline, site) against the header gold. */
import type { Accepted, HeaderGoldPage } from './gold';

/** What one side produced for a page's header. */
export interface HeaderOut {
  title: string | null;
  byline: string | null;
  siteName: string | null;
}

/** Correct / scored, per field, and pages with every scored field right. */
export interface HeaderScore {
  title: [number, number];
  byline: [number, number];
  site: [number, number];
  allRight: [number, number];
}

function norm(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '')
    .trim()
    .toLowerCase();
}

// "A, B and C" and "C & B, A" name the same people.
const names = (value: string): string =>
  norm(value)
    .split(/\s*(?:,|&|\band\b|\bet\b|\bund\b)\s*/)
    .filter(Boolean)
    .sort()
    .join('|');

function matches(accepted: Accepted, out: string | null, byNames = false): boolean | null {
  if (accepted === '*') return null;
  const options = accepted ?? [null];
  const value = out?.trim() ? out : null;
  return options.some((option) => {
    if (option === null || value === null) return option === value;
    return norm(option) === norm(value) || (byNames && names(option) === names(value));
  });
}

/** The fields of a page that are not among the accepted answers, as "field: got (want a | b)". */
export function headerMismatches(page: HeaderGoldPage, out: HeaderOut | undefined): string[] {
  const got = out ?? { title: null, byline: null, siteName: null };
  const fields: Array<[string, Accepted, string | null, boolean]> = [
    ['title', page.title, got.title, false],
    ['byline', page.byline, got.byline, true],
    ['site', page.site, got.siteName, false],
  ];
  return fields
    .filter(([, accepted, value, byNames]) => matches(accepted, value, byNames) === false)
    .map(([name, accepted, value]) => `${name}: ${JSON.stringify(value)} (want ${JSON.stringify(accepted)})`);
}

/** Scores the headers of a set of pages (a missing page is wrong on every scored field). */
export function scoreHeader(gold: HeaderGoldPage[], outs: Map<string, HeaderOut>): HeaderScore {
  const s: HeaderScore = { title: [0, 0], byline: [0, 0], site: [0, 0], allRight: [0, 0] };
  for (const page of gold) {
    const out = outs.get(page.id) ?? { title: '\u0000', byline: '\u0000', siteName: '\u0000' };
    const results = {
      title: matches(page.title, out.title),
      byline: matches(page.byline, out.byline, true),
      site: matches(page.site, out.siteName),
    };
    for (const field of ['title', 'byline', 'site'] as const) {
      const r = results[field];
      if (r === null) continue;
      s[field][1] += 1;
      if (r) s[field][0] += 1;
    }
    s.allRight[1] += 1;
    if (Object.values(results).every((r) => r !== false)) s.allRight[0] += 1;
  }
  return s;
}
