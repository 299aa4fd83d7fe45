import { headsBodyName } from './romance-names';
import type { UnionFind } from './union-find';

/**
 * "Ministerio de Seguridad" joins "Ministerio de Seguridad Pública", "Comisión de Seguridad" joins "Comisión de
 * Seguridad del Senado": a body named by its head noun and complement, then shorter, when exactly one longer name
 * of the text opens with all its words ("Comisión de Seguridad" stays apart beside two such commissions).
 */
export function mergeBodyPrefixes(keys: readonly string[], uf: UnionFind): void {
  const bodies = keys.filter(headsBodyName);
  for (const k of bodies) {
    if (!k.includes(' ')) continue;
    const longer = bodies.filter((f) => f.length > k.length && f.startsWith(`${k} `));
    const roots = new Set(longer.map((f) => uf.find(f)));
    if (roots.size === 1 && longer[0]) uf.union(k, longer[0]);
  }
}
