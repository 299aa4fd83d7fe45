/** Whether a CSS media query matches, followed live (narrow windows, the system's dark setting). */
import { useLayoutEffect, useState } from 'preact/hooks';

/** True while `query` matches. */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useLayoutEffect(() => {
    const list = matchMedia(query);
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}
