/** The sync status in the reader's words (pure, no UI): last sync, changes waiting, conflicts kept, the error. */
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { SyncErrorCode, SyncStatus } from '@/utils/sync';

const ERROR_KEYS: Record<SyncErrorCode, MessageKey> = {
  unauthorized: 'syncErrorUnauthorized',
  forbidden: 'syncErrorForbidden',
  'not-found': 'syncErrorNotFound',
  unreachable: 'syncErrorUnreachable',
  cors: 'syncErrorCors',
  timeout: 'syncErrorTimeout',
  server: 'syncErrorServer',
  'bad-response': 'syncErrorBadResponse',
  'wrong-passphrase': 'syncErrorWrongPassphrase',
  'bad-url': 'syncErrorBadUrl',
  'not-couchdb': 'syncErrorNotCouchdb',
  permission: 'syncErrorPermission',
  quota: 'syncErrorQuota',
  internal: 'syncErrorInternal',
};

/** A sentence for an error code (unknown codes read as a failure with the technical detail). */
export function errorText(code: string, detail: string): string {
  const key = ERROR_KEYS[code as SyncErrorCode] ?? 'syncErrorInternal';
  return t(key, detail);
}

/** The status lines: state, waiting changes, conflicts kept, then the error if any. */
export function statusLines(status: SyncStatus, now = Date.now()): string[] {
  if (!status.enabled) return [t('syncOff')];
  const when = status.lastSync
    ? new Intl.DateTimeFormat(undefined, {
        dateStyle: now - status.lastSync > 86_400_000 ? 'medium' : undefined,
        timeStyle: 'medium',
      }).format(status.lastSync)
    : null;
  const lines = [when ? t('syncLast', when) : t('syncNever'), t('syncWaiting', String(status.waiting))];
  if (status.conflicts) lines.push(t('syncConflicts', String(status.conflicts)));
  if (status.error) lines.push(errorText(status.error.code, status.error.message));
  return lines;
}
