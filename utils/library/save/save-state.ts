/** The popup's Save action as a small state machine (pure): what is shown, and what a reply turns it into. */
import type { ErrorCode, Reply } from '@/utils/messaging';

/** What the Save action shows. `saved.updated` says the reader just refreshed an existing copy. */
export type SaveState =
  | { kind: 'checking' }
  | { kind: 'unsaved' }
  | { kind: 'saving'; id: string | null }
  | { kind: 'saved'; id: string; updated: boolean; fresh: boolean }
  | { kind: 'error'; code: ErrorCode; id: string | null };

/** The state once the library lookup on open has answered (`id` of the saved copy, or null). */
export function stateFromLookup(id: string | null): SaveState {
  return id === null ? { kind: 'unsaved' } : { kind: 'saved', id, updated: false, fresh: false };
}

/** The state after an `article/save` reply; a failure keeps the id of any copy saved before. */
export function stateFromReply(
  reply: Reply<{ id: string; created: boolean }>,
  previousId: string | null,
): SaveState {
  if (!reply.ok) return { kind: 'error', code: reply.error.code, id: previousId };
  return { kind: 'saved', id: reply.value.id, updated: !reply.value.created, fresh: true };
}
