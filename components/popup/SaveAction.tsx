/**
 * The popup's Save for later action: a Save button, then a saved state with a link to the library.
 * A page already in the library opens in the saved state, with an Update button to store it again.
 */
import { useCallback, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LibraryLookups } from '@/components/popup/load-library';
import type { PopupSectionProps } from '@/components/popup/sections';
import { type LibraryResult, useLibrary } from '@/components/popup/use-library';
import { libraryPathForArticle } from '@/utils/library/library-paths';
import { type SaveState, stateFromLookup, stateFromReply } from '@/utils/library/save/save-state';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/shared/i18n';

function openLibrary(id: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(libraryPathForArticle(id)) });
}

function SavedState({
  state,
  onUpdate,
}: {
  state: Extract<SaveState, { kind: 'saved' }>;
  onUpdate: () => void;
}) {
  return (
    <div class="saved-state" data-testid="saved-state" role="status">
      <span class="saved-label">✓ {t(state.updated ? 'saveUpdated' : 'saveSaved')}</span>
      <a
        class="saved-link"
        data-testid="saved-library-link"
        href={browser.runtime.getURL(libraryPathForArticle(state.id))}
        onClick={(event) => {
          event.preventDefault();
          openLibrary(state.id);
        }}
      >
        {t('saveOpenLibrary')}
      </a>
      {!state.fresh && (
        <button type="button" class="button button--quiet" data-testid="save-update" onClick={onUpdate}>
          {t('saveUpdate')}
        </button>
      )}
    </div>
  );
}

/** The message for a failed save: a full disk and a library from a newer Liseuse say so. */
function saveErrorKey(code: string): 'saveQuotaExceeded' | 'saveNewerDatabase' | 'saveFailed' {
  if (code === 'quota-exceeded') return 'saveQuotaExceeded';
  return code === 'newer-database' ? 'saveNewerDatabase' : 'saveFailed';
}

/** Before the reader acts: checking while the lookup runs, then saved or not (not saved if it failed). */
function stateFromLibrary(lookup: LibraryResult<string | null>): SaveState {
  if (lookup.status === 'loading') return { kind: 'checking' };
  return stateFromLookup(lookup.status === 'ready' ? lookup.value : null);
}

/** Registered in `POPUP_ACTIONS` as "save". */
export function SaveAction({ analysis }: PopupSectionProps) {
  // The saved-state lookup needs the database code, loaded after first paint; saving itself goes to the background.
  const lookup = useLibrary(useCallback((lib: LibraryLookups) => lib.savedArticleId(analysis), [analysis]));
  const [acted, setActed] = useState<SaveState | null>(null);
  const state = acted ?? stateFromLibrary(lookup);
  const previousId = state.kind === 'saved' || state.kind === 'error' ? state.id : null;
  const save = () => {
    setActed({ kind: 'saving', id: previousId });
    void sendMessage('article/save', { analysis }).then((reply) =>
      setActed(stateFromReply(reply, previousId)),
    );
  };
  if (state.kind === 'saved') return <SavedState state={state} onUpdate={save} />;
  const busy = state.kind === 'saving' || state.kind === 'checking';
  return (
    <div class="save-action">
      <button
        type="button"
        class="button"
        data-testid="save-button"
        onClick={save}
        disabled={busy}
        aria-busy={state.kind === 'saving'}
      >
        {t(state.kind === 'saving' ? 'saveSaving' : 'saveButton')}
      </button>
      {state.kind === 'error' && (
        <p class="save-error" data-testid="save-error" role="alert">
          {t(saveErrorKey(state.code))}
        </p>
      )}
      {state.kind === 'unsaved' && lookup.status === 'failed' && (
        <p class="save-error" data-testid="save-lookup-error" role="status">
          {t('saveLookupFailed')}
        </p>
      )}
    </div>
  );
}
