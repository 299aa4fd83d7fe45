/**
 * The byline when the metadata names fewer authors than the page prints: JSON-LD says "Léa Girard" where the
 * header line reads « Par Léa Girard et Marc Olivier ». The printed line wins when it names every author
 * the metadata names, and more.
 */
import { foldWords } from '@/utils/shared/fold';
import { bylineNames } from './byline-names';

const keys = (byline: string): Set<string> => new Set(bylineNames(byline).map(foldWords).filter(Boolean));

/** `printed` when it names all of `declared`'s authors and others; `declared` otherwise. */
export function widerByline(declared: string | null, printed: string | null): string | null {
  if (!declared || !printed) return declared ?? printed;
  const mine = keys(declared);
  const theirs = keys(printed);
  if (theirs.size <= mine.size) return declared;
  for (const name of mine) if (!theirs.has(name)) return declared;
  return printed;
}
