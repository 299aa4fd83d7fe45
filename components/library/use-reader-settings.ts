/**
 * The reader's reading settings, remembered across articles and sessions in the library page's
 * localStorage (read synchronously, so an article never flashes in the wrong theme first).
 */
import { useCallback, useState } from 'preact/hooks';
import {
  DEFAULT_READER_SETTINGS,
  parseReaderSettings,
  type ReaderSettings,
} from '@/utils/library/reader/reader-settings';

const KEY = 'liseuse.readerSettings';

function load(): ReaderSettings {
  try {
    return parseReaderSettings(localStorage.getItem(KEY));
  } catch {
    return DEFAULT_READER_SETTINGS;
  }
}

/** Current settings and a setter that stores them. */
export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
  const [settings, setSettings] = useState(load);
  const update = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage refused (private mode, full): the choice holds for this page only.
      }
      return next;
    });
  }, []);
  return [settings, update];
}
