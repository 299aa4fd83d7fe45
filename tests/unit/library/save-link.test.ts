/** "Save link to Liseuse": the link's text as title, a link-only item, and an existing article left as it was. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { linkTitle, readLinkText, saveLink } from '@/utils/library/save/save-link';
import { findArticleByUrl, getArticle, type LiseuseDatabase, saveArticle } from '@/utils/store';
import { freshDatabase } from '../store/test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const deps = (text: string | null) => ({
  linkText: async () => text,
  save: (input: Parameters<typeof saveArticle>[1]) => saveArticle(db, input),
});

it('saves a link-only item titled with the link text (the menu’s, else the page’s)', async () => {
  const saved = await saveLink(
    'https://example.org/a?utm_source=x',
    undefined,
    deps('  Un   article\nà lire  '),
  );
  expect(saved.ok).toBe(true);
  const row = await findArticleByUrl(db, 'https://example.org/a');
  expect(row).toMatchObject({ title: 'Un article à lire', hasContent: false, status: 'unread' });
  await saveLink('https://example.org/b', 'Firefox gives it', deps(null));
  expect((await findArticleByUrl(db, 'https://example.org/b'))?.title).toBe('Firefox gives it');
});

it('leaves an article already saved at that address as it was', async () => {
  const { id } = await saveArticle(db, {
    url: 'https://example.org/c',
    title: 'Saved',
    html: '<p>t</p>',
    text: 't',
  });
  await saveLink('https://example.org/c', 'Another text', deps(null));
  expect(await getArticle(db, id)).toMatchObject({ title: 'Saved', text: 't' });
});

it('fails cleanly on an address that cannot be saved', async () => {
  const outcome = await saveLink('javascript:alert(1)', 'x', deps(null));
  expect(outcome.ok).toBe(false);
});

it('bounds titles and reads the text of the first link to the address', () => {
  expect(linkTitle('x'.repeat(500))?.length).toBe(300);
  expect(linkTitle('   ')).toBeNull();
  const doc = parseHtmlWithLinkedom(
    '<a href="https://e.org/1"><img alt="Une image"></a><a href="https://e.org/2">Texte</a>',
    'https://e.org/',
  );
  const globals = globalThis as { document?: Document };
  const before = globals.document;
  globals.document = doc;
  try {
    expect(readLinkText('https://e.org/2')).toBe('Texte');
    expect(readLinkText('https://e.org/1')).toBe('Une image');
    expect(readLinkText('https://e.org/3')).toBeNull();
  } finally {
    globals.document = before;
  }
});
