/**
 * The offline reader: the stored article, sanitised again, images from stored blobs only. It makes
 * no network request; an image that was not stored shows its alt text and a "load" button.
 */
import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';
import { mountReaderHighlights } from '@/utils/highlights/page/reader-highlighter';
import type { ReaderSanitizer } from '@/utils/library/reader/reader-html';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/shared/i18n';
import { type ArticlePatch, getImages, type LiseuseDatabase } from '@/utils/store';
import { addMissingImagePlaceholders } from './missing-images';
import { ReaderToolbar } from './ReaderToolbar';
import { useReaderArticle } from './use-reader-article';
import { useReadingProgress } from './use-reading-progress';

/** What the reader view needs: the article, its sanitiser and the page's actions. */
export interface ReaderProps {
  db: LiseuseDatabase;
  id: string;
  version: number;
  sanitize: ReaderSanitizer;
  onBack: () => void;
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

/** Reader view of saved article `id`. */
export function ReaderView({ db, id, version, sanitize, onBack, onPatch, onDelete }: ReaderProps) {
  const state = useReaderArticle(db, id, sanitize, version);
  const loaded = state === 'damaged' ? null : state;
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const html = loaded?.content;

  // Sanitised by DOMPurify (images rewritten) in an inert document by useReaderArticle: its nodes go in as they are.
  useLayoutEffect(() => {
    if (content.current && html !== undefined) {
      content.current.replaceChildren(html.cloneNode(true));
      addMissingImagePlaceholders(
        content.current,
        {
          notStored: (alt) => t('libraryImageNotStored', alt || t('libraryImageNoAlt')),
          load: t('libraryLoadImage'),
          failed: t('libraryLoadImageFailed'),
        },
        (url) => loadStoredImage(db, id, url),
      );
    }
  }, [html, db, id]);

  // Highlights of this article, anchored in the reader's copy (after the HTML above is in place).
  const articleUrl = loaded?.article.url;
  useLayoutEffect(() => {
    if (!content.current || html === undefined || !articleUrl) return;
    const highlights = new AbortController();
    mountReaderHighlights(content.current, articleUrl, highlights.signal);
    return () => highlights.abort();
  }, [html, articleUrl]);

  const saveProgress = useCallback((patch: ArticlePatch) => onPatch(id, patch, true), [id, onPatch]);
  useReadingProgress(
    scroller,
    loaded?.article.position ?? 0,
    loaded !== undefined && loaded !== null,
    saveProgress,
  );

  if (loaded === undefined) return <p class="library-message">{t('libraryLoading')}</p>;
  if (loaded === null) {
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
  const { article } = loaded;
  return (
    <div class="reader" ref={scroller}>
      <ReaderToolbar
        key={article.id}
        article={article}
        onBack={onBack}
        onPatch={(patch) => onPatch(id, patch)}
        onDelete={() => onDelete(id)}
      />
      <article class="reader-article" lang={article.lang || undefined}>
        <h1 class="reader-title">{article.title}</h1>
        <p class="reader-meta">
          {[article.byline, article.siteName || article.site].filter(Boolean).join(' · ')}
        </p>
        {article.hasContent ? null : <p class="library-notice">{t('libraryNoContent')}</p>}
        <div class="reader-content" data-testid="reader-content" ref={content} />
      </article>
    </div>
  );
}
