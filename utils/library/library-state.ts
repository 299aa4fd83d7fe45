/**
 * The library page's state in its URL (`library.html?view=…&q=…&sort=…&tag=…&article=…`), so the
 * popup can link an entity to a filtered library and reloading keeps the view (pure).
 */
import type { ArticleFilters, ArticleSort } from '@/utils/store/types';

/** The library's views: Pocket-like lists, then all highlights and the settings page. */
export type LibraryView = 'inbox' | 'favorites' | 'archive' | 'all' | 'highlights' | 'settings';

/** Views that list articles. */
export const LIST_VIEWS = ['inbox', 'favorites', 'archive', 'all'] as const;

/** Filters the reader picks within a list view (the view itself gives status or favourite). */
export type ExtraFilters = Pick<ArticleFilters, 'tag' | 'site' | 'entity'>;

/** What the library shows: a view, a query, filters, an order, and optionally one article in the reader. */
export interface LibraryState {
  view: LibraryView;
  query: string;
  filters: ExtraFilters;
  /** Null: the default order (newest first; best match while searching). */
  sort: ArticleSort | null;
  articleId: string | null;
}

const VIEWS: LibraryView[] = [...LIST_VIEWS, 'highlights', 'settings'];
const SORTS: ArticleSort[] = ['newest', 'oldest', 'longest', 'shortest'];
const MAX = 500;

const param = (p: URLSearchParams, name: string) => {
  const v = p.get(name)?.trim().slice(0, MAX);
  return v ? v : undefined;
};

/** The view a URL names; links from before views (`status=`, `favorite=`) still land in the right one. */
function viewOf(p: URLSearchParams, filtered: boolean): LibraryView {
  const view = p.get('view') as LibraryView | null;
  if (view && VIEWS.includes(view)) return view;
  if (p.get('favorite') === '1') return 'favorites';
  if (p.get('status') === 'archived') return 'archive';
  if (p.get('status') === 'unread') return 'inbox';
  return defaultView(filtered);
}

/** A search or filter link (e.g. an entity from the popup) looks across the whole library. */
const defaultView = (filtered: boolean): LibraryView => (filtered ? 'all' : 'inbox');

/** Reads the state from a query string; unknown or malformed values are ignored. */
export function readLibraryState(search: string): LibraryState {
  const p = new URLSearchParams(search);
  const filters: ExtraFilters = {};
  for (const key of ['tag', 'site', 'entity'] as const) {
    const value = param(p, key);
    if (value) filters[key] = value;
  }
  const sort = p.get('sort') as ArticleSort | null;
  return {
    view: viewOf(p, Object.keys(filters).length > 0 || Boolean(param(p, 'q'))),
    query: p.get('q')?.slice(0, MAX) ?? '',
    filters,
    sort: sort && SORTS.includes(sort) ? sort : null,
    articleId: param(p, 'article') ?? null,
  };
}

/** Writes the state as a query string (leading `?`, or '' for the Inbox); the view only when not implied. */
export function writeLibraryState(state: Partial<LibraryState>): string {
  const p = new URLSearchParams();
  const f = state.filters ?? {};
  const filtered = Boolean(f.tag || f.site || f.entity || state.query);
  if (state.view && state.view !== defaultView(filtered)) p.set('view', state.view);
  if (state.query) p.set('q', state.query);
  if (f.tag) p.set('tag', f.tag);
  if (f.site) p.set('site', f.site);
  if (f.entity) p.set('entity', f.entity);
  if (state.sort) p.set('sort', state.sort);
  if (state.articleId) p.set('article', state.articleId);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The store filters of a list view with the reader's extra filters. */
export function viewFilters(view: LibraryView, extra: ExtraFilters): ArticleFilters {
  const base: ArticleFilters =
    view === 'inbox'
      ? { status: 'unread' }
      : view === 'archive'
        ? { status: 'archived' }
        : view === 'favorites'
          ? { favorite: true }
          : {};
  return { ...base, ...extra };
}

/** The library page path for an entity filter, across the whole library (for the popup's entity links). */
export function libraryPathForEntity(entity: string): string {
  return `/library.html${writeLibraryState({ view: 'all', filters: { entity } })}`;
}
