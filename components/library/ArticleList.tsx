/**
 * The virtualised article list: only the rows in view (plus a few) exist in the DOM, so 10,000
 * articles scroll smoothly. Arrow keys, Home and End move between rows, scrolling as needed; `x`
 * selects the focused row. Rows are taller on narrow screens, where titles wrap to two lines.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useMediaQuery } from '@/components/shared/use-media-query';
import { scrollToRow, visibleRows } from '@/utils/library/virtual-window';
import { t } from '@/utils/shared/i18n';
import type { LiseuseDatabase } from '@/utils/store';
import { ArticleRow } from './ArticleRow';
import { useSummaries } from './use-summaries';
import { useThumbnails } from './use-thumbnails';

const ROW_HEIGHT = 100;
const NARROW_ROW_HEIGHT = 124;
/** Keep in step with the narrow layout in library.css. */
export const NARROW_QUERY = '(max-width: 700px)';

interface Props {
  db: LiseuseDatabase;
  ids: string[];
  version: number;
  selected: ReadonlySet<string>;
  onOpen: (id: string) => void;
  onToggle: (id: string, range: boolean) => void;
}

function nextIndex(key: string, current: number, count: number, page: number): number | null {
  const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const move = moves[key];
  return move === undefined ? null : Math.min(count - 1, Math.max(0, current + move));
}

/** Renders the visible slice of `ids`; clicking or Enter on a row opens it. */
export function ArticleList({ db, ids, version, selected, onOpen, onToggle }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rowHeight = useMediaQuery(NARROW_QUERY) ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  const [view, setView] = useState({ top: 0, height: 800 });
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const { start, end } = visibleRows(view.top, view.height, rowHeight, ids.length);
  const slice = ids.slice(start, end);
  const summaryOf = useSummaries(db, slice, version);
  const thumbnailOf = useThumbnails(db, slice);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (focusTarget === null) return;
    scroller.current?.querySelector<HTMLElement>(`.library-item[data-index="${focusTarget}"]`)?.focus();
  }, [focusTarget, start, end]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const current = Number(target.dataset?.index ?? -1);
    if (event.key === 'x' && current >= 0 && target.dataset.id) {
      event.preventDefault();
      onToggle(target.dataset.id, false);
      return;
    }
    const el = scroller.current;
    const page = Math.max(1, Math.floor(view.height / rowHeight) - 1);
    const next = el && current >= 0 ? nextIndex(event.key, current, ids.length, page) : null;
    if (next === null || !el) return;
    event.preventDefault();
    el.scrollTop = scrollToRow(next, el.scrollTop, el.clientHeight, rowHeight);
    setView({ top: el.scrollTop, height: el.clientHeight });
    setFocusTarget(next);
  };

  return (
    <div
      class="library-scroller"
      ref={scroller}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      <ul
        class="library-list"
        aria-label={t('libraryListLabel')}
        style={{ height: `${ids.length * rowHeight}px` }}
        onKeyDown={onKeyDown}
      >
        {slice.map((id, i) => (
          <ArticleRow
            key={id}
            id={id}
            index={start + i}
            count={ids.length}
            top={(start + i) * rowHeight}
            height={rowHeight}
            summary={summaryOf(id)}
            thumbnail={thumbnailOf(id)}
            selected={selected.has(id)}
            onOpen={onOpen}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </div>
  );
}
