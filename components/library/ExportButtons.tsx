/** One button per export; each builds the file from the library and downloads it through a Blob URL. */
import { useState } from 'preact/hooks';
import { parseHtmlInBrowser } from '@/utils/article/parse-html';
import { buildExport, type ExportKind } from '@/utils/library/io/export-files';
import { type MessageKey, t } from '@/utils/shared/i18n';
import { messageOf } from '@/utils/shared/result';
import { getDatabase, type LiseuseDatabase } from '@/utils/store';
import { download } from './download';

const EXPORTS: { kind: ExportKind; label: MessageKey }[] = [
  { kind: 'library-json', label: 'ioExportLibraryJson' },
  { kind: 'library-markdown', label: 'ioExportLibraryMarkdown' },
  { kind: 'library-markdown-document', label: 'ioExportLibraryMarkdownDocument' },
  { kind: 'annotations-w3c', label: 'ioExportAnnotationsW3c' },
  { kind: 'annotations-markdown', label: 'ioExportAnnotationsMarkdown' },
  { kind: 'annotations-readwise', label: 'ioExportAnnotationsReadwise' },
];

/** The export half of the panel. */
export function ExportButtons({ db }: { db?: LiseuseDatabase }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<ExportKind | null>(null);

  async function run(kind: ExportKind, label: string) {
    setBusy(kind);
    setStatus(t('ioExporting', label));
    try {
      const file = await buildExport(db ?? getDatabase(), kind, Date.now(), { parse: parseHtmlInBrowser });
      download(file);
      setStatus(t('ioExportReady', file.name));
    } catch (err) {
      setStatus(t('ioFailed', messageOf(err)));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="io-export" aria-labelledby="io-export-heading">
      <h4 id="io-export-heading">{t('ioExportHeading')}</h4>
      <div class="io-export-buttons">
        {EXPORTS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            data-testid={`export-${kind}`}
            disabled={busy !== null}
            onClick={() => void run(kind, t(label))}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <p class="io-export-status" role="status" aria-live="polite" data-testid="export-status">
        {status}
      </p>
    </section>
  );
}
