import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleAnalysis, Entity } from '@/utils/article/types';
import { findLibraryRelated } from '@/utils/library/library-related';
import {
  findSavedArticle,
  libraryPathForArticle,
  libraryPathForEntityName,
} from '@/utils/library/save/saved-lookup';
import { type LiseuseDatabase, saveArticle } from '@/utils/store';
import { analysisFixture } from '../article/analysis-fixture';
import { freshDatabase } from '../store/test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const entity = (text: string, type: Entity['type'] = 'organization'): Entity => ({
  text,
  type,
  count: 3,
  variants: [],
  score: 1,
});

function page(path: string, title: string, text: string, entities: Entity[]): ArticleAnalysis {
  return analysisFixture({
    url: `https://www.exemple-tech.fr/${path}`,
    title,
    siteName: 'Exemple',
    lang: 'fr',
    html: `<p>${text}</p>`,
    text,
    wordCount: text.split(' ').length,
    entities,
  });
}

const current = page(
  'midnight-blizzard?utm_source=x',
  'Midnight Blizzard pirate les courriels de Microsoft',
  'Le groupe Midnight Blizzard a piraté les courriels des dirigeants de Microsoft.',
  [entity('Midnight Blizzard', 'group'), entity('Microsoft')],
);

it('finds saved articles sharing an entity, excluding the page itself and unrelated ones', async () => {
  await saveArticle(db, { ...current, url: 'https://www.exemple-tech.fr/midnight-blizzard' });
  const hpe = await saveArticle(db, {
    ...page('hpe', 'HPE piraté par Midnight Blizzard', 'Midnight Blizzard a visé la messagerie de HPE.', [
      entity('Midnight Blizzard', 'group'),
      entity('HPE'),
    ]),
  });
  await saveArticle(
    db,
    page('recette', 'Recette de la tarte aux pommes', 'Des pommes, du beurre, du sucre.', []),
  );
  const related = await findLibraryRelated(db, current, 5);
  expect(related.map((r) => r.articleId)).toEqual([hpe.id]);
  expect(related[0]?.source).toBe('library');
});

it('looks up a saved page by its normalised URL', async () => {
  const { id } = await saveArticle(db, current);
  expect((await findSavedArticle(db, { url: `${current.url}#top`, canonicalUrl: null }))?.id).toBe(id);
  expect(await findSavedArticle(db, { url: 'https://www.exemple-tech.fr/autre', canonicalUrl: null })).toBe(
    undefined,
  );
});

it('builds library paths for an article and an entity', () => {
  expect(libraryPathForArticle('a b')).toBe('/library.html?article=a+b');
  expect(libraryPathForEntityName('États-Unis')).toBe('/library.html?entity=%C3%89tats-Unis');
});
