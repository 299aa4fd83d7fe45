/**
 * Settings → Sync (issue #16): server URL, credentials and passphrase, Start and Stop, and a status
 * that says when the library last synced, how many changes wait and what went wrong, in plain words.
 * Access to the server's origin is asked here, when the reader starts sync, never at install.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/shared/i18n';
import type { SyncStatus } from '@/utils/sync';
import { hasDataCollectionConsent, type SyncPermissions, syncPermissions } from '@/utils/sync/permissions';
import { databaseUrl } from '@/utils/sync/server-url';
import { errorText, statusLines } from './sync-status-text';
import './sync.css';

const POLL_MS = 2000;
const EMPTY = { url: '', username: '', password: '', passphrase: '' };

function useSyncStatus(): [SyncStatus | null, (s: SyncStatus) => void] {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    const load = () => {
      if (document.hidden) return; // a hidden tab shows nothing: no need to ask
      void sendMessage('sync/status', {}).then((reply) => {
        if (reply.ok) setStatus(reply.value);
      });
    };
    load();
    const timer = setInterval(load, POLL_MS);
    return () => clearInterval(timer);
  }, []);
  return [status, setStatus];
}

/**
 * What Start must ask for the URL being typed (the server's origin; on Firefox also consent to send the
 * library), or null when all of it is already granted: worked out ahead, because the prompt must open
 * first thing in the click (the reader's gesture), and Firefox would prompt again for what it allows.
 */
function usePermissionsToAsk(input: string): SyncPermissions | null | undefined {
  // undefined: not known yet.
  const [ask, setAsk] = useState<SyncPermissions | null | undefined>(undefined);
  useEffect(() => {
    const url = databaseUrl(input);
    if (!url) return setAsk(undefined);
    setAsk(undefined);
    let current = true;
    void hasDataCollectionConsent()
      .then(async (consent) => {
        const wanted = syncPermissions(url, consent);
        const granted = await browser.permissions.contains(wanted as { origins: string[] });
        if (current) setAsk(granted ? null : wanted);
      })
      .catch(() => current && setAsk(syncPermissions(url, false)));
    return () => {
      current = false;
    };
  }, [input]);
  return ask;
}

/** The Sync section of the settings. */
export function SyncSettings() {
  const [status, setStatus] = useSyncStatus();
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (status?.url && !form.url)
      setForm((f) => ({ ...f, url: status.url ?? '', username: status.username ?? '' }));
  }, [status?.url]);

  const toAsk = usePermissionsToAsk(form.url);

  async function start(event: Event) {
    event.preventDefault();
    const url = databaseUrl(form.url);
    if (!url) return setProblem(t('syncErrorBadUrl'));
    if (form.passphrase.length < 8) return setProblem(t('syncPassphraseShort'));
    // First thing in the click (the prompt needs the reader's gesture), unless all is already granted.
    const ask = toAsk === undefined ? syncPermissions(url, false) : toAsk;
    const allowed =
      ask === null || (await browser.permissions.request(ask as { origins: string[] }).catch(() => false));
    if (!allowed) return setProblem(t('syncErrorPermission'));
    setBusy(true);
    setProblem(null);
    const reply = await sendMessage('sync/start', { ...form, url });
    setBusy(false);
    if (!reply.ok) return setProblem(errorText(reply.error.code, reply.error.message));
    setStatus(reply.value);
    setForm((f) => ({ ...f, password: '', passphrase: '' }));
  }

  async function stop() {
    const reply = await sendMessage('sync/stop', {});
    if (reply.ok) setStatus(reply.value);
  }

  async function now() {
    setBusy(true);
    const reply = await sendMessage('sync/now', {});
    setBusy(false);
    if (reply.ok) setStatus(reply.value);
  }

  const field = (name: keyof typeof EMPTY, label: string, type: string, extra: object = {}) => (
    <label class="sync-field">
      <span>{label}</span>
      <input
        type={type}
        data-testid={`sync-${name}`}
        value={form[name]}
        onInput={(e) => setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value })}
        {...extra}
      />
    </label>
  );
  const lines = busy ? [t('syncWorking')] : status ? statusLines(status) : [];
  return (
    <section class="sync-panel settings-section" data-testid="sync-settings" aria-labelledby="sync-title">
      <h3 id="sync-title">{t('syncTitle')}</h3>
      <p class="sync-intro">{t('syncIntro')}</p>
      <form class="sync-form" onSubmit={(e) => void start(e)}>
        {field('url', t('syncUrl'), 'url', {
          placeholder: t('syncUrlHint'),
          autocomplete: 'url',
          required: true,
        })}
        {field('username', t('syncUsername'), 'text', { autocomplete: 'username' })}
        {field('password', t('syncPassword'), 'password', { autocomplete: 'current-password' })}
        {field('passphrase', t('syncPassphrase'), 'password', { autocomplete: 'new-password', minLength: 8 })}
        <div class="sync-actions">
          <button type="submit" data-testid="sync-start" disabled={busy}>
            {t('syncStart')}
          </button>
          <button
            type="button"
            data-testid="sync-now"
            disabled={busy || !status?.enabled}
            onClick={() => void now()}
          >
            {t('syncNow')}
          </button>
          <button
            type="button"
            data-testid="sync-stop"
            disabled={!status?.enabled}
            onClick={() => void stop()}
          >
            {t('syncStop')}
          </button>
        </div>
      </form>
      <div
        class="sync-status"
        data-testid="sync-status"
        role="status"
        aria-live="polite"
        data-enabled={status?.enabled ? '' : undefined}
        data-error={status?.error?.code}
      >
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {problem ? (
          <p class="sync-problem" data-testid="sync-problem">
            {problem}
          </p>
        ) : null}
      </div>
    </section>
  );
}
