import { describe, expect, it } from 'vitest';
import {
  libraryMarkdownDocument,
  libraryMarkdownFiles,
  markdownFileName,
} from '@/utils/library/io/library-markdown';
import type { Annotation, ArticleSummary } from '@/utils/store/types';

const article: ArticleSummary = {
  id: 'a1',
  url: 'https://example.fr/etats-unis',
  originalUrl: 'https://example.fr/etats-unis',
  canonicalUrl: null,
  title: 'Les États-Unis: le "cloud"?',
  byline: 'Jeanne',
  siteName: 'Exemple',
  site: 'example.fr',
  lang: 'fr',
  publishedTime: '2023-07-12T08:00:00Z',
  excerpt: 'Un résumé.',
  leadImage: null,
  wordCount: 1000,
  readingTimeMinutes: 5,
  savedAt: Date.UTC(2024, 0, 2),
  updatedAt: 0,
  status: 'unread',
  favorite: 1,
  tags: ['cloud', 'sécurité'],
  entityKeys: [],
  progress: 0,
  position: 0,
  hasContent: true,
  source: 'web',
};

const note: Annotation = {
  id: 'n1',
  url: article.url,
  articleId: 'a1',
  target: { source: article.url, selector: [{ type: 'TextQuoteSelector', exact: 'line one\nline two' }] },
  body: 'My note',
  color: 'yellow',
  tags: [],
  created: 1,
  modified: 1,
};

describe('library Markdown', () => {
  it('writes one file per article with front matter, link, tags and highlights', () => {
    const files = libraryMarkdownFiles([article], [note]);
    const [name, text] = Object.entries(files)[0] ?? [];
    expect(name).toBe('Les États-Unis le cloud.md');
    expect(text).toContain(
      '---\ntitle: "Les États-Unis: le \\"cloud\\"?"\nurl: "https://example.fr/etats-unis"\nauthor: "Jeanne"',
    );
    expect(text).toContain('saved: 2024-01-02');
    expect(text).toContain('favorite: true');
    expect(text).toContain('tags: ["cloud", "sécurité"]');
    expect(text).toContain('<https://example.fr/etats-unis>');
    expect(text).toContain('## Highlights\n\n> line one\n> line two\n\nMy note');
  });

  it('keeps file names unique and safe', () => {
    const taken = new Set<string>();
    expect(markdownFileName('a/b', taken)).toBe('a b.md');
    expect(markdownFileName('A/B', taken)).toBe('A B (2).md');
    expect(markdownFileName('   ', taken)).toBe('untitled.md');
  });

  it('writes the whole library as one document', () => {
    const doc = libraryMarkdownDocument(
      [article, { ...article, id: 'a2', url: 'https://example.com/b', title: 'B' }],
      [note],
    );
    expect(doc.startsWith('# Liseuse library\n\n## Les États-Unis')).toBe(true);
    expect(doc).toContain('*Jeanne · Exemple · 2023-07-12 · saved 2024-01-02 · unread*');
    expect(doc.match(/> line one/g)).toHaveLength(1);
    expect(doc).toContain('## B');
  });
});
