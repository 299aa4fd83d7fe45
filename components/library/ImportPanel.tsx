/** Choose a file → detect and parse → progress bar with Cancel → summary. */
import { useRef, useState } from 'preact/hooks';
import type { ImportFailure } from '@/utils/library/io/import-failure';
import { importInWorker } from '@/utils/library/io/import-in-worker';
import type { ImportProgress, ImportSummary } from '@/utils/library/io/import-summary';
import { t } from '@/utils/shared/i18n';
import { messageOf } from '@/utils/shared/result';
import { ImportRunning } from './ImportRunning';
import { ImportSummaryView } from './ImportSummaryView';

type State =
  | { step: 'idle' }
  | { step: 'running'; name: string; progress: ImportProgress | null }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'failed'; message: string };

interface Props {
  /** Called after an import wrote something, so the list can refresh. */
  onImported?: () => void;
}

function failureMessage(failure: ImportFailure): string {
  switch (failure.kind) {
    case 'unknown-format':
      return t('ioUnknownFormat');
    case 'encoding':
      return failure.line
        ? t('ioEncodingRefusedLine', [failure.encoding, String(failure.line)])
        : t('ioEncodingRefused', failure.encoding);
    case 'truncated':
      return t(
        failure.format === 'liseuse-json' ? 'ioTruncatedLiseuse' : 'ioTruncated',
        String(failure.size),
      );
    case 'other':
      return t('ioFailed', failure.message);
  }
}

/** The import half of the panel; one import at a time, cancellable between batches. */
export function ImportPanel({ onImported }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const controller = useRef<AbortController | null>(null);

  async function start(file: File) {
    const abort = new AbortController();
    controller.current = abort;
    setState({ step: 'running', name: file.name, progress: null });
    try {
      // Parsing and writing run in a worker: a 100,000-row file never blocks this page.
      const bytes = new Uint8Array(await file.arrayBuffer());
      const outcome = await importInWorker(
        { name: file.name, bytes },
        {
          signal: abort.signal,
          onProgress: (progress) => setState({ step: 'running', name: file.name, progress }),
        },
      );
      if (outcome.type === 'failed')
        return setState({ step: 'failed', message: failureMessage(outcome.failure) });
      const { summary } = outcome;
      setState({ step: 'done', summary });
      if (summary.created + summary.updated + summary.annotations > 0) onImported?.();
    } catch (err) {
      setState({
        step: 'failed',
        message: failureMessage({ kind: 'other', message: messageOf(err) }),
      });
    } finally {
      controller.current = null;
    }
  }

  const running = state.step === 'running';
  return (
    <section class="io-import" aria-labelledby="io-import-heading">
      <h4 id="io-import-heading">{t('ioImportHeading')}</h4>
      <p class="io-help">{t('ioImportHelp')}</p>
      <label class="io-file">
        {t('ioChooseFile')}{' '}
        <input
          type="file"
          data-testid="io-file-input"
          accept=".zip,.csv,.html,.htm,.json,.jsonld,.md,.markdown,.txt"
          disabled={running}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void start(file);
          }}
        />
      </label>
      {state.step === 'running' && (
        <ImportRunning
          name={state.name}
          progress={state.progress}
          onCancel={() => controller.current?.abort()}
        />
      )}
      {state.step === 'done' && <ImportSummaryView summary={state.summary} />}
      {state.step === 'failed' && (
        <p class="io-error" role="alert" data-testid="io-error">
          {state.message}
        </p>
      )}
    </section>
  );
}
