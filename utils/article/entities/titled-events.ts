import { isEventOpener } from './event-games';
import { isEventHead } from './event-names';

/**
 * One of `keys` names a competition or a gathering by its event word: ending with it ("UCI Track Champions
 * League", "Boranup Festival", "Masters") or, in French, opening with it (« Coupe du monde »).
 */
export function namesEvent(keys: Iterable<string>): boolean {
  for (const k of keys) {
    const ws = k.split(' ');
    if (isEventHead(ws.at(-1) ?? '') || isEventOpener(ws[0] ?? '')) return true;
  }
  return false;
}
