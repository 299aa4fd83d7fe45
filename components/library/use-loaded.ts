import { useEffect, useState } from 'preact/hooks';

/**
 * What `load` resolves to, or null until then. `load` must be stable (module-level): code split
 * with `import()` stays out of the first screen's script and is fetched once, when first rendered.
 */
export function useLoaded<T>(load: () => Promise<T>): T | null {
  const [value, setValue] = useState<{ value: T } | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((v) => {
      if (live) setValue({ value: v });
    });
    return () => {
      live = false;
    };
  }, [load]);
  return value ? value.value : null;
}
