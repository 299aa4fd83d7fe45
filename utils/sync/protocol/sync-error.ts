/**
 * Why talking to the server failed, as a code the settings page words for the reader (wrong
 * password, server unreachable, CORS not allowed…) and a technical message for logs.
 */

/** What went wrong, from the reader's point of view. */
export type SyncErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'unreachable'
  | 'cors'
  | 'timeout'
  | 'server'
  | 'bad-response'
  | 'wrong-passphrase'
  | 'bad-url'
  | 'not-couchdb'
  | 'permission'
  | 'quota'
  | 'internal';

/** An error of the sync layer with a stable code. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** The code for an HTTP status the server answered with. */
export function codeForStatus(status: number): SyncErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  return 'server';
}
