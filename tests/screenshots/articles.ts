/** Articles written for the README screenshots (the project's own text), with made-up lead images. */
import type { ArticleAnalysis } from '@/utils/article/types';

interface Story {
  path: string;
  title: string;
  site: string;
  byline: string;
  lang: 'fr' | 'en';
  excerpt: string;
  paragraphs: string[];
  minutes: number;
  /** Lead image colours, top and bottom. */
  colours: [[number, number, number], [number, number, number]] | null;
}

export const STORIES: Story[] = [
  {
    path: 'nuage-souverain',
    title: 'Le nuage souverain européen se cherche encore des clients',
    site: 'Exemple Tech',
    byline: 'Camille Durand',
    lang: 'fr',
    excerpt:
      'Trois ans après les premières annonces, les offres « de confiance » peinent à convaincre hors du secteur public.',
    paragraphs: [
      'Trois ans après les premières annonces, les offres de cloud « de confiance » peinent à convaincre hors du secteur public. Les grandes entreprises comparent surtout les prix et le catalogue de services.',
      'Les hébergeurs rappellent que la qualification demande des audits longs, et que chaque mise à jour doit être validée avant d’être déployée chez les clients sensibles.',
      'Du côté des utilisateurs, le calcul reste simple : tant que les données les plus sensibles sont à part, le reste peut vivre ailleurs.',
    ],
    minutes: 6,
    colours: [
      [36, 84, 140],
      [146, 190, 224],
    ],
  },
  {
    path: 'cle-volee',
    title: 'How a stolen signing key opened government mailboxes',
    site: 'Example News',
    byline: 'Sam Lee',
    lang: 'en',
    excerpt:
      'A consumer signing key should never have worked on enterprise accounts. Investigators explain what went wrong.',
    paragraphs: [
      'A consumer signing key should never have been able to mint tokens for enterprise mail. Investigators now describe a chain of small failures, each harmless on its own.',
      'The key had been kept past its rotation date, the validation library trusted the wrong issuer, and the logs that would have shown the abuse were only available on a premium plan.',
      'The vendor has since moved its keys to hardware modules and made the logs free for every customer.',
    ],
    minutes: 8,
    colours: [
      [120, 40, 36],
      [232, 160, 110],
    ],
  },
  {
    path: 'batteries-sodium',
    title: 'Les batteries sodium-ion arrivent dans les petites citadines',
    site: 'Octet Actu',
    byline: 'Inès Martin',
    lang: 'fr',
    excerpt:
      'Moins chères et sans lithium, elles se contentent d’une autonomie modeste pour les trajets urbains.',
    paragraphs: ['Moins chères et sans lithium, ces batteries conviennent aux trajets urbains.'],
    minutes: 4,
    colours: [
      [40, 110, 80],
      [170, 220, 180],
    ],
  },
  {
    path: 'open-source-maintainers',
    title: 'The quiet work of keeping open-source libraries alive',
    site: 'Dev Weekly',
    byline: 'Priya Shah',
    lang: 'en',
    excerpt: 'Most of the code we depend on is looked after by a handful of volunteers on their evenings.',
    paragraphs: ['Most of the code we depend on is looked after by a handful of volunteers.'],
    minutes: 11,
    colours: [
      [90, 70, 140],
      [200, 180, 230],
    ],
  },
  {
    path: 'fibre-campagne',
    title: 'Fibre optique : les derniers villages raccordés racontent',
    site: 'Exemple Tech',
    byline: 'Camille Durand',
    lang: 'fr',
    excerpt: 'Dans la vallée, la fibre est arrivée après dix ans d’attente et autant de promesses.',
    paragraphs: ['Dans la vallée, la fibre est arrivée après dix ans d’attente.'],
    minutes: 5,
    colours: null,
  },
  {
    path: 'local-first',
    title: 'Local-first apps keep working when the network does not',
    site: 'Example News',
    byline: 'Alex Moreau',
    lang: 'en',
    excerpt: 'Sync engines that treat the device as the source of truth are leaving the lab.',
    paragraphs: ['Sync engines that treat the device as the source of truth are leaving the lab.'],
    minutes: 7,
    colours: [
      [160, 120, 30],
      [240, 210, 130],
    ],
  },
];

/** The analysis the popup would have made of a story, its lead image served at `imageBase`. */
export function storyAnalysis(story: Story, imageBase: string): ArticleAnalysis {
  const lead = story.colours ? `${imageBase}${story.path}.png` : null;
  const body = story.paragraphs.map((p) => `<p>${p}</p>`);
  const heading = story.lang === 'fr' ? 'Ce qui bloque' : 'What went wrong';
  if (story.paragraphs.length > 1) body.splice(1, 0, `<h2>${heading}</h2>`);
  const html = `${lead ? `<figure><img src="${lead}" alt=""></figure>` : ''}${body.join('')}`;
  const text = story.paragraphs.join('\n\n');
  return {
    url: `https://www.example.org/${story.path}`,
    canonicalUrl: null,
    title: story.title,
    byline: story.byline,
    siteName: story.site,
    lang: story.lang,
    publishedTime: null,
    excerpt: story.excerpt,
    leadImage: lead,
    html,
    text,
    wordCount: story.minutes * 230,
    readingTimeMinutes: story.minutes,
    images: lead ? [lead] : [],
    entities: [],
    related: [],
    isArticle: true,
  };
}
