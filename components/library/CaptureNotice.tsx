/**
 * A saved link without its article: offers to open the page and save it. The reader's click grants
 * the site's access (the browser asks), then the background opens the page in a tab and saves it;
 * without access the page still opens, and its Save button is one click away.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPattern } from '@/utils/highlights/site-pattern';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/shared/i18n';

type Step = { kind: 'offer' } | { kind: 'working' } | { kind: 'open' } | { kind: 'failed'; message: string };

/** The notice; `onSaved` with the saved article's id once the page's article is in the library. */
export function CaptureNotice({ url, onSaved }: { url: string; onSaved: (id: string) => void }) {
  const [step, setStep] = useState<Step>({ kind: 'offer' });
  const capture = async () => {
    const origin = originPattern(url);
    // Straight from the click: the permission prompt needs the reader's gesture.
    const granted = origin
      ? await browser.permissions.request({ origins: [origin] }).catch(() => false)
      : false;
    if (!granted) {
      await browser.tabs.create({ url });
      setStep({ kind: 'open' });
      return;
    }
    setStep({ kind: 'working' });
    const reply = await sendMessage('article/capture', { url });
    if (reply.ok) onSaved(reply.value.id);
    else setStep({ kind: 'failed', message: reply.error.message });
  };
  return (
    <div class="library-notice capture-notice" data-testid="capture-notice">
      <p>{t('readerCaptureHint')}</p>
      {step.kind === 'offer' ? (
        <button type="button" data-testid="capture-page" onClick={() => void capture()}>
          {t('readerCapture')}
        </button>
      ) : null}
      <p role="status" data-testid="capture-status">
        {step.kind === 'working'
          ? t('readerCapturing')
          : step.kind === 'open'
            ? t('readerCaptureNoAccess')
            : step.kind === 'failed'
              ? t('readerCaptureFailed', step.message)
              : ''}
      </p>
    </div>
  );
}
