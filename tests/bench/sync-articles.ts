/**
 * Synthetic articles for the sync benchmark (own text, seeded): realistic sizes (about 900 words, a
 * dozen paragraphs, a few entities and tags), so what is sealed and sent weighs what real saves weigh.
 */
import { rng } from './seeded-rng';

const WORDS =
  'le la les un une des du de et en au aux pour par sur avec dans sans sous entre serveur nuage données réseau sécurité chiffrement clé navigateur lecture bibliothèque article page texte note surlignage appareil synchronisation version conflit mise jour journal équipe projet logiciel service utilisateur compte accès mot passe protocole message requête réponse stockage image fichier format export import recherche index'.split(
    ' ',
  );
const NAMES = [
  'Microsoft',
  'CISA',
  'Mozilla',
  'Apache CouchDB',
  'Lyon',
  'Montréal',
  'Storm-0558',
  'OVHcloud',
];

/** The `article/save` payload of synthetic article `n` served under `base`. */
export function syntheticAnalysis(n: number, base: string) {
  const next = rng(1000 + n);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
  const paragraphs = Array.from({ length: 12 }, () =>
    Array.from({ length: 75 }, (_, i) => (i % 19 === 7 ? pick(NAMES) : pick(WORDS))).join(' '),
  );
  const text = paragraphs.join('\n\n');
  const title = `Article ${n} : ${pick(NAMES)} et la ${pick(WORDS)}`;
  return {
    url: `${base}/articles/${n}.html`,
    canonicalUrl: null,
    title,
    byline: 'Rédaction',
    siteName: 'Banc d’essai',
    lang: 'fr',
    publishedTime: null,
    excerpt: paragraphs[0]?.slice(0, 200) ?? null,
    leadImage: null,
    html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    text,
    wordCount: 900,
    readingTimeMinutes: 4,
    images: [],
    entities: NAMES.slice(0, 4).map((name, i) => ({
      text: name,
      type: 'organization',
      count: 3,
      variants: [],
      score: 4 - i,
    })),
    related: [],
    isArticle: true,
  };
}
