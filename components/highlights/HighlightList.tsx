/** A list of highlights and notes: colour, quote, note, and a marker for passages not found on the page. */

import { useState } from 'preact/hooks';
import { noteOf, quoteOf, tagsOf, type WebAnnotation } from '@/utils/highlights/model';
import { COLOR_LINES, solidFill } from '@/utils/highlights/paint/styles';
import type { AttachOutcome } from '@/utils/messaging';
import { t } from '@/utils/shared/i18n';
import './highlights.css';

interface HighlightListProps {
  annotations: WebAnnotation[];
  /** Ids the page could not place (orphans); unknown when the highlighter is not running. */
  orphans?: ReadonlySet<string>;
  /** Those orphans whose passage is now repeated on the page (no copy could be chosen). */
  ambiguous?: ReadonlySet<string>;
  /** Extra content per item (links in the all-highlights view). */
  renderExtra?: (a: WebAnnotation) => preact.ComponentChildren;
  /** Makes tags buttons that show the highlights with that tag (the all-highlights view). */
  onTag?: (tag: string) => void;
  /** Offers to place an orphan on the text selected on the page. */
  onAttach?: (id: string) => Promise<AttachOutcome>;
}

/** An annotation's tags, as buttons when `onTag` is given. */
function Tags({ tags, onTag }: { tags: string[]; onTag?: (tag: string) => void }) {
  return (
    <ul class="hl-tags" data-testid="highlight-tags" aria-label={t('hlTags')}>
      {tags.map((tag) => (
        <li key={tag}>
          {onTag ? (
            <button
              type="button"
              class="hl-tag"
              title={t('hlFilterByTag', tag)}
              aria-label={t('hlFilterByTag', tag)}
              onClick={() => onTag(tag)}
            >
              {tag}
            </button>
          ) : (
            <span class="hl-tag">{tag}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Why a highlight is not on the page, in the reader's words. */
function OrphanNote({ ambiguous }: { ambiguous: boolean }) {
  return (
    <p
      class="hl-orphan"
      data-testid="highlight-orphan"
      data-reason={ambiguous ? 'ambiguous' : 'changed'}
      title={t(ambiguous ? 'hlOrphanAmbiguousHint' : 'hlOrphanHint')}
    >
      {t(ambiguous ? 'hlOrphanAmbiguous' : 'hlOrphan')}
    </p>
  );
}

/** "Place on the selected text" for an orphan, with a hint when the page has no selection. */
function AttachButton({ onAttach }: { onAttach: () => Promise<AttachOutcome> }) {
  const [outcome, setOutcome] = useState<AttachOutcome | null>(null);
  return (
    <>
      <button
        type="button"
        class="hl-button hl-attach"
        data-testid="orphan-attach"
        onClick={() => void onAttach().then(setOutcome)}
      >
        {t('hlAttach')}
      </button>
      {(outcome === 'no-selection' || outcome === 'failed') && (
        <p class="hl-status" role="status" data-testid="orphan-attach-hint" data-outcome={outcome}>
          {t(outcome === 'no-selection' ? 'hlAttachNeedsSelection' : 'hlSaveFailed')}
        </p>
      )}
    </>
  );
}

/** This page's (or an article's) highlights, oldest first. */
export function HighlightList({
  annotations,
  orphans,
  ambiguous,
  renderExtra,
  onTag,
  onAttach,
}: HighlightListProps) {
  if (!annotations.length) {
    return (
      <p class="hl-empty" data-testid="highlight-list-empty">
        {t('hlListEmpty')}
      </p>
    );
  }
  return (
    <ul class="hl-list" data-testid="highlight-list">
      {annotations.map((a) => {
        const note = noteOf(a);
        const tags = tagsOf(a);
        const orphan = orphans?.has(a.id) ?? false;
        return (
          <li key={a.id} class="hl-item" data-testid="highlight-item" data-orphan={orphan || undefined}>
            {/* The colour's line pattern as on the page, and its name for screen readers: not hue alone. */}
            <span
              class="hl-swatch"
              data-color={a.color}
              style={{ borderLeft: `4px ${COLOR_LINES[a.color]} ${solidFill(a.color)}` }}
            >
              <span class="visually-hidden">{t(`hlColor_${a.color}`)}</span>
            </span>
            <div class="hl-body">
              <blockquote class="hl-quote">{quoteOf(a)}</blockquote>
              {note && <p class="hl-note">{note}</p>}
              {a.conflictOf && (
                <p class="hl-conflict" data-testid="highlight-conflict" title={t('hlConflictHint')}>
                  {t('hlConflict')}
                </p>
              )}
              {tags.length > 0 && <Tags tags={tags} onTag={onTag} />}
              {orphan && <OrphanNote ambiguous={ambiguous?.has(a.id) ?? false} />}
              {orphan && onAttach && <AttachButton onAttach={() => onAttach(a.id)} />}
              {renderExtra?.(a)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
