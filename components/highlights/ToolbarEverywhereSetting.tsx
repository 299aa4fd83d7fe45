/**
 * "Show the highlight toolbar on every site" (off by default). Turning it on asks the browser, once,
 * for access to all sites; that grant is the setting itself (the background then registers the tiny
 * selection loader everywhere), and turning it off gives the access back.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES } from '@/utils/highlights/site-pattern';
import { t } from '@/utils/shared/i18n';

/** The setting, as a labelled checkbox with its explanation. */
export function ToolbarEverywhereSetting() {
  const [on, setOn] = useState<boolean | null>(null);
  const [asking, setAsking] = useState(false);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void browser.permissions.contains({ origins: ALL_SITES }).then(setOn, () => setOn(false));
  }, []);
  const change = async (wanted: boolean) => {
    setRefused(false);
    setAsking(true);
    // Straight from the click: the browser shows its prompt only for the reader's own gesture.
    const granted = wanted
      ? await browser.permissions.request({ origins: ALL_SITES }).catch(() => false)
      : !(await browser.permissions.remove({ origins: ALL_SITES }).catch(() => false));
    setAsking(false);
    setOn(granted);
    if (wanted && !granted) setRefused(true);
  };
  return (
    <div class="setting">
      <label class="setting-toggle">
        <input
          type="checkbox"
          data-testid="setting-toolbar-everywhere"
          checked={on === true}
          disabled={on === null || asking}
          aria-describedby="toolbar-everywhere-help"
          onChange={(e) => {
            const wanted = e.currentTarget.checked;
            // The box shows what is granted, not what was clicked, until the browser answers.
            e.currentTarget.checked = on === true;
            void change(wanted);
          }}
        />{' '}
        {t('settingsToolbarEverywhere')}
      </label>
      <p id="toolbar-everywhere-help" class="setting-help">
        {t('settingsToolbarEverywhereHelp')}
      </p>
      {refused ? (
        <p class="setting-help" role="status" data-testid="setting-toolbar-refused">
          {t('settingsToolbarRefused')}
        </p>
      ) : null}
    </div>
  );
}
