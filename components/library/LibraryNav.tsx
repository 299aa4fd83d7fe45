/** The library's views (Inbox, Favourites, Archive, All), then all highlights and the settings page. */
import { type LibraryView, writeLibraryState } from '@/utils/library/library-state';
import { type MessageKey, t } from '@/utils/shared/i18n';

const VIEWS: { view: LibraryView; label: MessageKey }[] = [
  { view: 'inbox', label: 'libraryViewInbox' },
  { view: 'favorites', label: 'libraryViewFavorites' },
  { view: 'archive', label: 'libraryViewArchive' },
  { view: 'all', label: 'libraryViewAll' },
  { view: 'highlights', label: 'libraryViewHighlights' },
  { view: 'settings', label: 'libraryViewSettings' },
];

/** Links (so they open in a new tab too) that switch the view in place. */
export function LibraryNav({ view, onView }: { view: LibraryView; onView: (view: LibraryView) => void }) {
  return (
    <nav class="library-views" aria-label={t('libraryViewsLabel')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v.view} class={v.view === 'highlights' ? 'views-gap' : undefined}>
            <a
              href={`library.html${writeLibraryState({ view: v.view })}`}
              data-testid={`view-${v.view}`}
              aria-current={v.view === view ? 'page' : undefined}
              onClick={(e) => {
                if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                onView(v.view);
              }}
            >
              {t(v.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
