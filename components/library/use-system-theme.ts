/** The system's light or dark setting, followed live (the reader's theme when none was chosen). */
import { useEffect, useState } from 'preact/hooks';

const QUERY = '(prefers-color-scheme: dark)';

/** 'dark' or 'light'. */
export function useSystemTheme(): 'light' | 'dark' {
  const [dark, setDark] = useState(() => matchMedia(QUERY).matches);
  useEffect(() => {
    const query = matchMedia(QUERY);
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark ? 'dark' : 'light';
}
