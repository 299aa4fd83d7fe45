/**
 * The virtualised article list: only the rows in view (plus a few) exist in the DOM, so 10,000
 * articles scroll smoothly. Arrow keys, Home and End move between rows, scrolling as needed.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { scrollToRow, visibleRows } from '@/utils/library/virtual-window';
import { t } from '@/utils/shared/i18n';
import type { LiseuseDatabase } from '@/utils/store';
import { ArticleRow } from './ArticleRow';
import { useSummaries } from './use-summaries';

const ROW_HEIGHT = 76;

interface Props {
  db: LiseuseDatabase;
  ids: string[];
  version: number;
  onOpen: (id: string) => void;
}

function nextIndex(key: string, current: number, count: number, page: number): number | null {
  const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const move = moves[key];
  return move === undefined ? null : Math.min(count - 1, Math.max(0, current + move));
}

/** Renders the visible slice of `ids`; clicking or Enter on a row opens it. */
export function ArticleList({ db, ids, version, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const { start, end } = visibleRows(view.top, view.height, ROW_HEIGHT, ids.length);
  const slice = ids.slice(start, end);
  const summaryOf = useSummaries(db, slice, version);

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
    scroller.current?.querySelector<HTMLElement>(`[data-index="${focusTarget}"]`)?.focus();
  }, [focusTarget, start, end]);

  const onKeyDown = (event: KeyboardEvent) => {
    const el = scroller.current;
    const current = Number((event.target as HTMLElement).dataset?.index ?? -1);
    const page = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
    const next = el && current >= 0 ? nextIndex(event.key, current, ids.length, page) : null;
    if (next === null || !el) return;
    event.preventDefault();
    el.scrollTop = scrollToRow(next, el.scrollTop, el.clientHeight, ROW_HEIGHT);
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
        style={{ height: `${ids.length * ROW_HEIGHT}px` }}
        onKeyDown={onKeyDown}
      >
        {slice.map((id, i) => (
          <ArticleRow
            key={id}
            id={id}
            index={start + i}
            count={ids.length}
            top={(start + i) * ROW_HEIGHT}
            height={ROW_HEIGHT}
            summary={summaryOf(id)}
            onOpen={onOpen}
          />
        ))}
      </ul>
    </div>
  );
}
