/**
 * The one shape of a fallible operation's outcome, across analysis, messaging, save and import: expected
 * failures travel as data (JSON-serialisable, so they cross messages), not as thrown exceptions.
 */

/** Why an operation failed: a stable code the UI localises, and a message for logs and the CLI. */
export interface Failure<Code extends string = string> {
  code: Code;
  message: string;
}

/** `{ok: true, value}` or `{ok: false, error}`. */
export type Result<T, E = Failure> = { ok: true; value: T } | { ok: false; error: E };

/** A success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A failure with `code` and `message`. */
export function fail<Code extends string>(code: Code, message = ''): { ok: false; error: Failure<Code> } {
  return { ok: false, error: { code, message } };
}

/** The message of anything thrown: an Error's message, or the value as text. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
