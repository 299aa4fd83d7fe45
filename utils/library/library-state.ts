/**
 * The library page's state in its URL (`library.html?q=…&entity=…&status=…&article=…`), so the
 * popup can link an entity to a filtered library and reloading keeps the view (pure).
 */
import type { ArticleFilters, ArticleStatus } from '@/utils/store/types';

/** What the library shows: a query, filters, and optionally one article in the reader. */
export interface LibraryState {
  query: string;
  filters: ArticleFilters;
  articleId: string | null;
}

const STATUSES: ArticleStatus[] = ['unread', 'archived'];
const MAX = 500;

const param = (p: URLSearchParams, name: string) => {
  const v = p.get(name)?.trim().slice(0, MAX);
  return v ? v : undefined;
};

/** Reads the state from a query string; unknown or malformed values are ignored. */
export function readLibraryState(search: string): LibraryState {
  const p = new URLSearchParams(search);
  const status = p.get('status') as ArticleStatus | null;
  const favorite = p.get('favorite');
  const filters: ArticleFilters = {
    ...(status && STATUSES.includes(status) ? { status } : {}),
    ...(favorite === '1' ? { favorite: true } : favorite === '0' ? { favorite: false } : {}),
  };
  for (const key of ['tag', 'site', 'entity'] as const) {
    const value = param(p, key);
    if (value) filters[key] = value;
  }
  return { query: p.get('q')?.slice(0, MAX) ?? '', filters, articleId: param(p, 'article') ?? null };
}

/** Writes the state as a query string (leading `?`, or '' when empty). */
export function writeLibraryState(state: LibraryState): string {
  const p = new URLSearchParams();
  if (state.query) p.set('q', state.query);
  const f = state.filters;
  if (f.status) p.set('status', f.status);
  if (f.favorite !== undefined) p.set('favorite', f.favorite ? '1' : '0');
  if (f.tag) p.set('tag', f.tag);
  if (f.site) p.set('site', f.site);
  if (f.entity) p.set('entity', f.entity);
  if (state.articleId) p.set('article', state.articleId);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The library page path for an entity filter (for the popup's entity links). */
export function libraryPathForEntity(entity: string): string {
  return `/library.html${writeLibraryState({ query: '', filters: { entity }, articleId: null })}`;
}
