/**
 * One JSON request to the sync server, with Basic authentication, a timeout, and failures turned
 * into SyncError codes. A request the browser refuses before any answer is told apart: an opaque
 * `no-cors` probe that succeeds means the server is there but does not allow this extension (CORS).
 */
import { bytesToBase64 } from '@/utils/shared/base64';
import { codeForStatus, SyncError } from './sync-error';

/** Where and as whom to connect. */
export interface HttpConfig {
  /** The database's URL, without a trailing slash. */
  url: string;
  username?: string;
  password?: string;
  /** Aborts every request (stopping sync). */
  signal?: AbortSignal;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The Authorization header for Basic credentials (UTF-8, as CouchDB reads them). */
export function basicAuth(username: string, password: string): string {
  return `Basic ${bytesToBase64(new TextEncoder().encode(`${username}:${password}`))}`;
}

async function reachableWithoutCors(config: HttpConfig, doFetch: typeof fetch): Promise<boolean> {
  try {
    const probe = await doFetch(new URL(config.url).origin, {
      mode: 'no-cors',
      credentials: 'omit',
      signal: AbortSignal.timeout(10_000),
    });
    return probe.type === 'opaque' || probe.ok;
  } catch {
    return false;
  }
}

async function failure(res: Response): Promise<SyncError> {
  const body = (await res.json().catch(() => null)) as { error?: string; reason?: string } | null;
  const detail = body?.reason ?? body?.error ?? res.statusText;
  return new SyncError(codeForStatus(res.status), `HTTP ${res.status}: ${detail}`, res.status);
}

async function send(config: HttpConfig, doFetch: typeof fetch, init: RequestInit, url: string) {
  try {
    return await doFetch(url, init);
  } catch (err) {
    if (config.signal?.aborted) throw err;
    if (err instanceof DOMException && err.name === 'TimeoutError')
      throw new SyncError('timeout', 'The server took too long to answer.');
    const cors = await reachableWithoutCors(config, doFetch);
    throw new SyncError(cors ? 'cors' : 'unreachable', err instanceof Error ? err.message : String(err));
  }
}

/** Sends one request under the database URL and parses the JSON answer. */
export async function fetchJson<T>(
  config: HttpConfig,
  method: string,
  path: string,
  body?: unknown,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  const doFetch = config.fetch ?? fetch;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (config.username) headers.Authorization = basicAuth(config.username, config.password ?? '');
  const timeout = AbortSignal.timeout(timeoutMs);
  const init: RequestInit = {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
    signal: config.signal ? AbortSignal.any([config.signal, timeout]) : timeout,
  };
  const res = await send(config, doFetch, init, path ? `${config.url}/${path}` : config.url);
  if (!res.ok) throw await failure(res);
  try {
    return (await res.json()) as T;
  } catch {
    throw new SyncError(
      'not-couchdb',
      'The server did not answer with JSON: is this a CouchDB database URL?',
    );
  }
}
