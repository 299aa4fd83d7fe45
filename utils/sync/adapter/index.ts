/** Library rows ⇄ synced records: the only part of sync that knows the store's row shapes. */
export { annotationRow, annotationValues, conflictCopyRecord, isAnnotationRecord } from './annotation-record';
export { isArticleRecord } from './article-check';
export { articleRows, articleValues, withStoredHtml } from './article-record';
export { docIdFor, isLibraryDocId, naturalKey } from './doc-ids';
export { imageRow, imageValues, isImageRecord, MAX_IMAGE_BYTES } from './image-record';
export {
  ANNOTATION_POLICY,
  ARTICLE_POLICY,
  IMAGE_POLICY,
  isSyncKind,
  POLICIES,
  type SyncKind,
} from './policies';
