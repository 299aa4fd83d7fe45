import { nameKey } from './normalize';

// "Storm Ines live: …", "Gaganyaan G1 launch LIVE updates: …": what a live blog follows, before "live".
const LIVE_AFTER = /^([^:]{2,80}?)\s+live(?:\s+(?:updates|blog|news|coverage))?\s*:/i;
// « DIRECT. Tempête Bertille : … », « EN DIRECT - Téléthon 2026 : … »: what it follows, between the label and
// the colon.
const LIVE_BEFORE = /^(?:en\s+)?direct\s*[.:–-]\s*([^:]{2,80}?)\s*:/i;

/**
 * The part of a live blog's title that names what it follows ("Storm Ines" of "Storm Ines live: …", « Tempête
 * Bertille » of « DIRECT. Tempête Bertille : … »), as a key padded with spaces, or '' for any other title.
 */
export function liveTopic(title: string | undefined): string {
  if (!title) return '';
  const part = (LIVE_AFTER.exec(title) ?? LIVE_BEFORE.exec(title))?.[1];
  return part ? ` ${nameKey(part)} ` : '';
}

/** One of `keys` is a name of the live blog's topic (see `liveTopic`). */
export const followsTopic = (keys: Iterable<string>, topic: string): boolean =>
  topic !== '' && [...keys].some((k) => topic.includes(` ${k} `));
