/** Extraction: page HTML → article, metadata, language, reading time. Pure; no `browser.*`. */
export { type ExtractedArticle, type ExtractOptions, extractArticle } from './extract-article';
export { detectLanguage, primarySubtag, resolveLanguage } from './language';
export { type PageMetadata, readMetadata } from './metadata';
export { type HtmlParser, parseHtmlInBrowser } from './parse-html';
export { plainText } from './plain-text';
export { countWords, readingTimeExact, readingTimeMinutes } from './reading-time';
export { isRestrictedUrl, type RestrictedUrlOptions } from './restricted-url';
export { sanitizeArticle } from './sanitize';
