/** Wires the reader's keyboard shortcuts (utils/library/reader/shortcuts) to its actions while it is open. */
import { useEffect, useRef } from 'preact/hooks';
import { UI_ATTRIBUTE } from '@/utils/highlights/anchoring';
import { isTypingTarget, type ReaderCommand, readerCommandOf } from '@/utils/library/reader/shortcuts';

/** Listens on the document; `run` gets each command (the latest `run`, without re-subscribing). */
export function useReaderShortcuts(run: (command: ReaderCommand) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      // Keys typed into the highlighter's own toolbar (a note, tags) are text, not commands.
      const typing =
        isTypingTarget(e.target instanceof Element ? e.target : null) ||
        e.composedPath().some((node) => node instanceof Element && node.hasAttribute(UI_ATTRIBUTE));
      const command = readerCommandOf({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        typing,
      });
      if (!command) return;
      e.preventDefault();
      latest.current(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
