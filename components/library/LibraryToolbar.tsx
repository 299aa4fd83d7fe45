/**
 * Search box, order and filters (tag, site, entity) of a list view. On narrow screens the filters
 * fold behind a "Filters" button so the list keeps the room.
 */
import { useState } from 'preact/hooks';
import type { ExtraFilters } from '@/utils/library/library-state';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { ArticleSort } from '@/utils/store';

interface Props {
  query: string;
  filters: ExtraFilters;
  /** Null: the default order (newest; best match while searching). */
  sort: ArticleSort | null;
  tags: string[];
  sites: string[];
  onQuery: (query: string) => void;
  onFilters: (filters: ExtraFilters) => void;
  onSort: (sort: ArticleSort | null) => void;
}

const SORTS: { value: ArticleSort; label: MessageKey }[] = [
  { value: 'newest', label: 'librarySortNewest' },
  { value: 'oldest', label: 'librarySortOldest' },
  { value: 'longest', label: 'librarySortLongest' },
  { value: 'shortest', label: 'librarySortShortest' },
];

function choose(filters: ExtraFilters, key: keyof ExtraFilters, value: string): ExtraFilters {
  const next = { ...filters };
  if (value) next[key] = value;
  else delete next[key];
  return next;
}

function SortSelect({ query, sort, onSort }: Pick<Props, 'query' | 'sort' | 'onSort'>) {
  const searching = query.trim() !== '';
  return (
    <label class="library-sort">
      {t('librarySortLabel')}{' '}
      <select
        data-testid="library-sort"
        value={sort ?? (searching ? 'relevance' : 'newest')}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onSort(value === 'relevance' || (value === 'newest' && !searching) ? null : (value as ArticleSort));
        }}
      >
        {searching ? <option value="relevance">{t('librarySortRelevance')}</option> : null}
        {SORTS.map((s) => (
          <option key={s.value} value={s.value}>
            {t(s.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

function FacetSelect(p: {
  label: MessageKey;
  any: MessageKey;
  testid: string;
  value?: string;
  choices: string[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {t(p.label)}{' '}
      <select
        data-testid={p.testid}
        value={p.value ?? ''}
        onChange={(e) => p.onChange(e.currentTarget.value)}
      >
        <option value="">{t(p.any)}</option>
        {p.choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The list's top bar; every control is a labelled native element (keyboard reachable). */
export function LibraryToolbar(p: Props) {
  const [open, setOpen] = useState(false);
  const active = Object.keys(p.filters).length;
  return (
    <div class="library-toolbar">
      <input
        type="search"
        class="library-search"
        data-testid="search-input"
        aria-label={t('librarySearchLabel')}
        placeholder={t('librarySearchPlaceholder')}
        value={p.query}
        onInput={(e) => p.onQuery(e.currentTarget.value)}
      />
      <SortSelect query={p.query} sort={p.sort} onSort={p.onSort} />
      <button
        type="button"
        class="filters-toggle"
        data-testid="filters-toggle"
        aria-expanded={open}
        aria-controls="library-filters"
        onClick={() => setOpen(!open)}
      >
        {t('libraryFiltersToggle')}
        {active ? ` (${active})` : ''}
      </button>
      <fieldset
        id="library-filters"
        class={`library-filters${open ? ' open' : ''}`}
        aria-label={t('libraryFiltersLabel')}
      >
        <FacetSelect
          label="libraryFilterTag"
          any="libraryAnyTag"
          testid="filter-tag"
          value={p.filters.tag}
          choices={p.tags}
          onChange={(v) => p.onFilters(choose(p.filters, 'tag', v))}
        />
        <FacetSelect
          label="libraryFilterSite"
          any="libraryAnySite"
          testid="filter-site"
          value={p.filters.site}
          choices={p.sites}
          onChange={(v) => p.onFilters(choose(p.filters, 'site', v))}
        />
        {p.filters.entity ? (
          <span class="library-chip" data-testid="filter-entity">
            {t('libraryEntityFilter', p.filters.entity)}{' '}
            <button
              type="button"
              aria-label={t('libraryClearFilter')}
              onClick={() => p.onFilters(choose(p.filters, 'entity', ''))}
            >
              ×
            </button>
          </span>
        ) : null}
      </fieldset>
    </div>
  );
}
