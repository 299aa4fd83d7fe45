/**
 * The offline reader: the stored article, sanitised again, images from stored blobs only, in the
 * reader's chosen font, size, width, spacing and theme. It makes no network request; an image that
 * was not stored is a compact placeholder with "Load from the web". Keyboard: J/K next and previous,
 * A archive, F favourite, H highlight the selection, U back, ? the list.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useMediaQuery } from '@/components/shared/use-media-query';
import type { Highlighter } from '@/utils/highlights/page/highlighter';
import { mountReaderHighlights } from '@/utils/highlights/page/reader-highlighter';
import { bylineInText } from '@/utils/library/reader/byline';
import type { ReaderSanitizer } from '@/utils/library/reader/reader-html';
import { readerStyle } from '@/utils/library/reader/reader-settings';
import type { ReaderCommand } from '@/utils/library/reader/shortcuts';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/shared/i18n';
import { type Article, type ArticlePatch, getImages, type LiseuseDatabase } from '@/utils/store';
import { CaptureNotice } from './CaptureNotice';
import { exportArticleMarkdown } from './export-article';
import { addMissingImagePlaceholders } from './missing-images';
import { ReaderSettingsBar } from './ReaderSettingsBar';
import { ReaderToolbar } from './ReaderToolbar';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useReaderArticle } from './use-reader-article';
import { useReaderSettings } from './use-reader-settings';
import { useReaderShortcuts } from './use-reader-shortcuts';
import { useReadingProgress } from './use-reading-progress';

/** What the reader view needs: the article, its sanitiser and the page's actions. */
export interface ReaderProps {
  db: LiseuseDatabase;
  id: string;
  version: number;
  sanitize: ReaderSanitizer;
  /** The list the article was opened from, for next and previous. */
  order: string[];
  onOpen: (id: string) => void;
  onBack: () => void;
  /** Re-reads the article (it was saved again elsewhere). */
  onRefresh: () => void;
  onPatch: (id: string, patch: ArticlePatch, quiet?: boolean) => void;
  onDelete: (id: string) => void;
}

/** Has the background download one of the article's images, then shows it from the stored blob. */
async function loadStoredImage(db: LiseuseDatabase, id: string, url: string): Promise<string | null> {
  const reply = await sendMessage('article/load-image', { articleId: id, url });
  if (!reply.ok || !reply.value.stored) return null;
  const blob = (await getImages(db, id)).get(url)?.blob;
  return blob ? URL.createObjectURL(blob) : null;
}

/** Puts the sanitised article in place with its image placeholders, then anchors the highlights in it. */
function useReaderContent(
  db: LiseuseDatabase,
  id: string,
  html: DocumentFragment | undefined,
  url: string | undefined,
) {
  const content = useRef<HTMLDivElement>(null);
  const highlighter = useRef<Highlighter | null>(null);
  // Sanitised by DOMPurify (images rewritten) in an inert document by useReaderArticle: its nodes go in as they are.
  useLayoutEffect(() => {
    if (!content.current || html === undefined) return;
    content.current.replaceChildren(html.cloneNode(true));
    addMissingImagePlaceholders(
      content.current,
      {
        notStored: (alt) => t('libraryImageNotStored', alt || t('libraryImageNoAlt')),
        load: t('libraryLoadImage'),
        failed: t('libraryLoadImageFailed'),
      },
      (src) => loadStoredImage(db, id, src),
    );
  }, [html, db, id]);
  useLayoutEffect(() => {
    if (!content.current || html === undefined || !url) return;
    const signal = new AbortController();
    highlighter.current = mountReaderHighlights(content.current, url, signal.signal);
    return () => {
      signal.abort();
      highlighter.current = null;
    };
  }, [html, url]);
  return { content, highlighter };
}

/** Title, then the byline and site once (not again when the article's text already starts with the byline). */
function ReaderHeading({ article }: { article: Article }) {
  const byline = article.byline && !bylineInText(article.byline, article.text) ? article.byline : null;
  return (
    <>
      <h1 class="reader-title">{article.title}</h1>
      <p class="reader-meta" data-testid="reader-meta">
        {[byline, article.siteName || article.site].filter(Boolean).join(' · ')}
      </p>
    </>
  );
}

/** Next and previous in the list, and what each keyboard shortcut does to this article. */
function useReaderCommands(
  p: ReaderProps,
  article: Article | undefined,
  highlighter: { current: Highlighter | null },
  say: (status: string) => void,
  help: () => void,
) {
  const { id, onPatch } = p;
  const at = p.order.indexOf(id);
  const step = (delta: number) => {
    const target = at >= 0 ? p.order[at + delta] : undefined;
    return target ? () => p.onOpen(target) : null;
  };
  const commands: Record<ReaderCommand, () => void> = {
    next: () => step(1)?.(),
    previous: () => step(-1)?.(),
    archive: () => article && onPatch(id, { status: article.status === 'archived' ? 'unread' : 'archived' }),
    favorite: () => article && onPatch(id, { favorite: article.favorite !== 1 }),
    highlight: () =>
      void highlighter.current?.highlightSelection().then((done) => say(done ? '' : t('readerNoSelection'))),
    back: p.onBack,
    help,
  };
  return { step, run: (command: ReaderCommand) => commands[command]() };
}

/** Reader view of saved article `id`. */
export function ReaderView(p: ReaderProps) {
  const { db, id, version, sanitize, onBack, onPatch, onDelete } = p;
  const state = useReaderArticle(db, id, sanitize, version);
  const loaded = state === 'damaged' ? null : state;
  const scroller = useRef<HTMLDivElement>(null);
  const [settings, setSettings] = useReaderSettings();
  const systemTheme = useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light';
  const [help, setHelp] = useState(false);
  const [status, setStatus] = useState('');
  const { content, highlighter } = useReaderContent(db, id, loaded?.content, loaded?.article.url);

  const saveProgress = useCallback((patch: ArticlePatch) => onPatch(id, patch, true), [id, onPatch]);
  useReadingProgress(
    scroller,
    loaded?.article.position ?? 0,
    loaded !== undefined && loaded !== null,
    saveProgress,
  );
  useEffect(() => setStatus(''), [id]);

  const article = loaded?.article;
  const { step, run } = useReaderCommands(p, article, highlighter, setStatus, () => setHelp(true));
  useReaderShortcuts(run);

  if (loaded === undefined) return <p class="library-message">{t('libraryLoading')}</p>;
  if (loaded === null || !article) {
    return (
      <div class="library-message" data-testid={state === 'damaged' ? 'reader-damaged' : undefined}>
        <p>{t(state === 'damaged' ? 'libraryDamaged' : 'libraryNotFound')}</p>
        <button type="button" onClick={onBack}>
          {t('libraryBack')}
        </button>
        {state === 'damaged' ? (
          <button type="button" onClick={() => onDelete(id)}>
            {t('libraryDelete')}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div
      class="reader"
      ref={scroller}
      data-theme={settings.theme ?? systemTheme}
      data-font={settings.font}
      style={readerStyle(settings)}
    >
      <ReaderToolbar
        key={article.id}
        article={article}
        previous={step(-1)}
        next={step(1)}
        onBack={onBack}
        onPatch={(patch) => onPatch(id, patch)}
        onDelete={() => onDelete(id)}
        onExport={() => void exportArticleMarkdown(db, id)}
        onHelp={() => setHelp(true)}
      />
      <ReaderSettingsBar settings={settings} systemTheme={systemTheme} onChange={setSettings} />
      <article class="reader-article" lang={article.lang || undefined}>
        <ReaderHeading article={article} />
        {article.hasContent ? null : (
          <CaptureNotice
            url={article.originalUrl || article.url}
            onSaved={(saved) => (saved === id ? p.onRefresh() : p.onOpen(saved))}
          />
        )}
        <p class="reader-status" role="status" data-testid="reader-status">
          {status}
        </p>
        <div class="reader-content" data-testid="reader-content" ref={content} />
      </article>
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
