/**
 * Search box, order and filters (tag, site, entity) of a list view. On narrow screens the filters
 * fold behind a "Filters" button so the list keeps the room.
 */
import { useState } from 'preact/hooks';
import { LabelledSelect } from '@/components/shared/LabelledSelect';
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
  const options = [
    ...(searching ? [{ value: 'relevance' as const, text: t('librarySortRelevance') }] : []),
    ...SORTS.map((s) => ({ value: s.value, text: t(s.label) })),
  ];
  return (
    <span class="library-sort">
      <LabelledSelect
        label={t('librarySortLabel')}
        testid="library-sort"
        value={sort ?? (searching ? 'relevance' : 'newest')}
        options={options}
        onChange={(value) =>
          onSort(value === 'relevance' || (value === 'newest' && !searching) ? null : value)
        }
      />
    </span>
  );
}

/** A filter over the library's tags or sites, "any" first. */
function FacetSelect(p: {
  label: MessageKey;
  any: MessageKey;
  testid: string;
  value?: string;
  choices: string[];
  onChange: (value: string) => void;
}) {
  const options = [{ value: '', text: t(p.any) }, ...p.choices.map((c) => ({ value: c, text: c }))];
  return (
    <LabelledSelect
      label={t(p.label)}
      testid={p.testid}
      value={p.value ?? ''}
      options={options}
      onChange={p.onChange}
    />
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
