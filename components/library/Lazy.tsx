import type { ComponentType } from 'preact';
import { useLoaded } from './use-loaded';

interface Props<P> {
  /** Stable loader (module-level), typically `() => import('...').then((m) => m.Component)`. */
  load: () => Promise<ComponentType<P>>;
  props: P;
}

/** Renders a component loaded on demand; nothing until its chunk has arrived. */
export function Lazy<P extends object>({ load, props }: Props<P>) {
  const Loaded = useLoaded(load);
  return Loaded ? <Loaded {...props} /> : null;
}
