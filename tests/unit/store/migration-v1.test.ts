/**
 * Saved-database test for schema v1: a database written with the v1 schema and v1 row shapes is
 * opened by the current code; every article, content, image and field must survive the upgrade.
 */
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { LiseuseDatabase } from '@/utils/store/database';
import { allFieldsAt } from '@/utils/store/merge/field-times';
import { SCHEMA_V1 } from '@/utils/store/schema';
import { searchArticles } from '@/utils/store/search-articles';

const name = `migration-v1-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

const v1Summary = {
  id: 'a1',
  url: 'https://www.exemple-tech.fr/nuage/',
  originalUrl: 'https://www.exemple-tech.fr/nuage/?utm_source=x',
  canonicalUrl: null,
  title: 'Le nuage souverain séduit les États-Unis',
  byline: 'Camille Durand',
  siteName: 'Exemple Tech',
  site: 'exemple-tech.fr',
  lang: 'fr',
  publishedTime: '2026-03-01T08:00:00Z',
  excerpt: 'Un résumé',
  leadImage: null,
  wordCount: 12,
  readingTimeMinutes: 1,
  savedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_500,
  status: 'archived',
  favorite: true,
  tags: ['cloud', 'europe'],
  progress: 0.4,
  hasContent: true,
  source: 'web',
};
const v1Content = {
  id: 'a1',
  html: '<p>Les États-Unis regardent le nuage.</p>',
  text: 'Les États-Unis regardent le nuage.',
  entities: [{ text: 'États-Unis', type: 'place', count: 1, variants: [], score: 1 }],
  related: [{ title: 'Autre', url: 'https://www.exemple-tech.fr/autre/', score: 1, source: 'page' }],
  images: ['https://cdn.exemple-tech.fr/n.jpg'],
};
const v1Image = {
  articleId: 'a1',
  url: 'https://cdn.exemple-tech.fr/n.jpg',
  status: 'stored',
  blob: new Blob(['img'], { type: 'image/jpeg' }),
  error: null,
  fetchedAt: 1_700_000_000_100,
};

async function writeV1Database(): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  await old.table('articles').add(v1Summary);
  await old.table('contents').add(v1Content);
  await old.table('images').add(v1Image);
  old.close();
}

it('upgrades a v1 database without losing anything', async () => {
  await writeV1Database();
  const db = new LiseuseDatabase(name);
  const { favorite, ...unchanged } = v1Summary;
  expect(favorite).toBe(true);
  expect(await db.articles.get('a1')).toEqual({
    ...unchanged,
    favorite: 1,
    position: 0,
    entityKeys: ['etats-unis'],
    // v4: every field timed at the only time v1 kept.
    fieldTimes: allFieldsAt(v1Summary.updatedAt),
  });
  expect(await db.contents.get('a1')).toEqual(v1Content);
  const image = await db.images.get(['a1', v1Image.url]);
  expect(image?.status).toBe('stored');
  expect(image?.blob).toBeTruthy();
  expect((await searchArticles(db, 'etats-unis')).map((h) => h.id)).toEqual(['a1']);
  expect(await db.articles.where('favorite').equals(1).count()).toBe(1);
  expect(await db.articles.where('entityKeys').equals('etats-unis').count()).toBe(1);
  db.close();
});
