/** Search box and filters (status, favourites, tag, site, entity) of the library. */

import { t } from '@/utils/shared/i18n';
import type { ArticleFilters, ArticleStatus } from '@/utils/store';

interface Props {
  query: string;
  filters: ArticleFilters;
  tags: string[];
  sites: string[];
  onQuery: (query: string) => void;
  onFilters: (filters: ArticleFilters) => void;
}

function without(filters: ArticleFilters, key: keyof ArticleFilters): ArticleFilters {
  const next = { ...filters };
  delete next[key];
  return next;
}

function choose(filters: ArticleFilters, key: 'tag' | 'site' | 'status', value: string): ArticleFilters {
  return value ? { ...filters, [key]: value } : without(filters, key);
}

/** The library's top bar; every control is a labelled native element (keyboard reachable). */
export function LibraryToolbar({ query, filters, tags, sites, onQuery, onFilters }: Props) {
  return (
    <div class="library-toolbar">
      <input
        type="search"
        class="library-search"
        data-testid="search-input"
        aria-label={t('librarySearchLabel')}
        placeholder={t('librarySearchPlaceholder')}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <fieldset class="library-filters" aria-label={t('libraryFiltersLabel')}>
        <label>
          {t('libraryFilterStatus')}{' '}
          <select
            data-testid="filter-status"
            value={filters.status ?? ''}
            onChange={(e) =>
              onFilters(choose(filters, 'status', e.currentTarget.value as ArticleStatus | ''))
            }
          >
            <option value="">{t('libraryStatusAll')}</option>
            <option value="unread">{t('libraryStatusUnread')}</option>
            <option value="archived">{t('libraryStatusArchived')}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="filter-favorite"
            checked={filters.favorite === true}
            onChange={(e) =>
              onFilters(
                e.currentTarget.checked ? { ...filters, favorite: true } : without(filters, 'favorite'),
              )
            }
          />{' '}
          {t('libraryFilterFavorites')}
        </label>
        <label>
          {t('libraryFilterTag')}{' '}
          <select
            data-testid="filter-tag"
            value={filters.tag ?? ''}
            onChange={(e) => onFilters(choose(filters, 'tag', e.currentTarget.value))}
          >
            <option value="">{t('libraryAnyTag')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('libraryFilterSite')}{' '}
          <select
            data-testid="filter-site"
            value={filters.site ?? ''}
            onChange={(e) => onFilters(choose(filters, 'site', e.currentTarget.value))}
          >
            <option value="">{t('libraryAnySite')}</option>
            {sites.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </label>
        {filters.entity ? (
          <span class="library-chip" data-testid="filter-entity">
            {t('libraryEntityFilter', filters.entity)}{' '}
            <button
              type="button"
              aria-label={t('libraryClearFilter')}
              onClick={() => onFilters(without(filters, 'entity'))}
            >
              ×
            </button>
          </span>
        ) : null}
      </fieldset>
    </div>
  );
}
