/** Choose a file → detect and parse → progress bar with Cancel → summary. */
import { useRef, useState } from 'preact/hooks';
import { parseHtmlInBrowser } from '@/utils/article/parse-html';
import { EncodingError } from '@/utils/library/io/decode-text';
import { UnknownFormatError } from '@/utils/library/io/detect';
import { createHtmlCleaner } from '@/utils/library/io/html-cleaner';
import type { ImportProgress, ImportSummary } from '@/utils/library/io/import-summary';
import { runImport } from '@/utils/library/io/run-import';
import { TruncatedFileError } from '@/utils/library/io/truncated';
import { t } from '@/utils/shared/i18n';
import { messageOf } from '@/utils/shared/result';
import { getDatabase, type LiseuseDatabase } from '@/utils/store';
import { ImportRunning } from './ImportRunning';
import { ImportSummaryView } from './ImportSummaryView';

type State =
  | { step: 'idle' }
  | { step: 'running'; name: string; progress: ImportProgress | null }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'failed'; message: string };

interface Props {
  db?: LiseuseDatabase;
  /** Called after an import wrote something, so the list can refresh. */
  onImported?: () => void;
}

function failureMessage(err: unknown): string {
  if (err instanceof UnknownFormatError) return t('ioUnknownFormat');
  if (err instanceof EncodingError)
    return err.line
      ? t('ioEncodingRefusedLine', [err.encoding, String(err.line)])
      : t('ioEncodingRefused', err.encoding);
  if (err instanceof TruncatedFileError)
    return t(err.format === 'liseuse-json' ? 'ioTruncatedLiseuse' : 'ioTruncated', String(err.size));
  return t('ioFailed', messageOf(err));
}

/** The import half of the panel; one import at a time, cancellable between batches. */
export function ImportPanel({ db, onImported }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const controller = useRef<AbortController | null>(null);

  async function start(file: File) {
    const abort = new AbortController();
    controller.current = abort;
    setState({ step: 'running', name: file.name, progress: null });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const summary = await runImport(
        db ?? getDatabase(),
        { name: file.name, bytes },
        {
          clean: createHtmlCleaner(parseHtmlInBrowser),
          signal: abort.signal,
          onProgress: (progress) => setState({ step: 'running', name: file.name, progress }),
        },
      );
      setState({ step: 'done', summary });
      if (summary.created + summary.updated + summary.annotations > 0) onImported?.();
    } catch (err) {
      setState({ step: 'failed', message: failureMessage(err) });
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
