/** The rows the reader selected for a bulk action; Shift selects the range from the last one clicked. */
import { useCallback, useRef, useState } from 'preact/hooks';

/** Selection state and its changes. */
export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string, range: boolean) => void;
  setAll: (ids: string[]) => void;
  clear: () => void;
}

/** `order` is the list as shown, for Shift ranges. */
export function useSelection(order: string[]): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const orderRef = useRef(order);
  orderRef.current = order;
  const toggle = useCallback((id: string, range: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      const list = orderRef.current;
      const from = anchor.current ? list.indexOf(anchor.current) : -1;
      const to = list.indexOf(id);
      if (range && from >= 0 && to >= 0) {
        for (const other of list.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(other);
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      anchor.current = id;
      return next;
    });
  }, []);
  const setAll = useCallback((ids: string[]) => setSelected(new Set(ids)), []);
  const clear = useCallback(() => {
    anchor.current = null;
    setSelected(new Set());
  }, []);
  return { selected, toggle, setAll, clear };
}
