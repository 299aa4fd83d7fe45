/** What other features use of extraction: metadata, the sanitiser and plain text (the pipeline is analyze-document). */
export { readMetadata } from './metadata';
export { plainText } from './plain-text';
export { sanitizeArticle } from './sanitize';
