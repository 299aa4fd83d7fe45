import { describe, expect, it } from 'vitest';
import { extractEntities, rankedCandidates } from '@/utils/article/entities';
import { joinWorks } from '@/utils/article/entities/italic-works';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { find, names, rankedEntity } from './helpers';

// Texts written for these tests (not taken from any corpus).

const withItalics = (text: string, lang: string, emphasis: string[], title?: string) =>
  extractEntities(text, { lang, title, emphasis });

describe('a work set in italics is read whole', () => {
  const fr = `Marthe Lanier est morte lundi à Lyon. Elle reste la femme de L'Été à Quimper (1961), réalisé par
Paul Ferrand. En 1985, elle joue dans Les Matins gris de Jean Ravel, où elle incarne une institutrice.
Beaucoup ont revu L'Été à Quimper cette année à la Cinémathèque. Elle lisait Le Courrier picard chaque matin.`;
  const emphasis = ["L'Été à Quimper", 'Les Matins gris', 'Le Courrier picard'];

  it('keeps a French title whole, its elided article included, and the place inside it uncounted', () => {
    const es = withItalics(fr, 'fr', emphasis);
    expect(find(es, "L'Été à Quimper")?.count).toBe(2);
    expect(find(es, "L'Été à Quimper")?.type).toBe('other');
    expect(find(es, 'Les Matins gris')).toBeDefined();
    expect(names(es)).not.toContain('Quimper');
    expect(names(es)).not.toContain('Les Matins');
  });

  it('leaves an italic name no work cue supports (a newspaper) as it was', () => {
    const es = withItalics(fr, 'fr', emphasis);
    expect(names(es)).not.toContain('Le Courrier picard');
  });

  it('reads the text as before without the italics', () => {
    const es = withItalics(fr, 'fr', []);
    expect(find(es, "L'Été à Quimper")).toBeUndefined();
    expect(names(es)).toContain('Quimper');
  });

  const en = `Few writers know Connemara as Aoife Brannigan does. The Quiet Harbour (Lantern Books, €15) is a novel
about a fishing family in Roundstone. Her debut, Low Water, was shortlisted in 2021. The Quiet Harbour is plainer.
She calls the village "a place of ferocious silence", and the reader of The Quiet Harbour will see why. Brannigan
writes in Galway.`;

  it('keeps an English title with its article, cued by a kind of work or a debut', () => {
    const es = withItalics(en, 'en', ['The Quiet Harbour', 'Low Water', 'ferocious']);
    expect(find(es, 'The Quiet Harbour')?.count).toBe(3);
    expect(find(es, 'Low Water')).toBeDefined();
    // One italic word of emphasis is no title.
    expect(names(es)).not.toContain('ferocious');
  });

  it('leaves an italic phrase with no work cue near it', () => {
    const text = `Analysts at Brennick Capital said Never Again Today was the mood in Leeds. Leeds voted on Monday.`;
    expect(names(withItalics(text, 'en', ['Never Again Today']))).toEqual(names(withItalics(text, 'en', [])));
  });
});

describe('joinWorks', () => {
  it('makes a work one run, and leaves an occurrence a longer name reaches out of', () => {
    expect(
      joinWorks(
        [
          [0, 1],
          [3, 4],
          [6, 8],
        ],
        [
          [0, 4],
          [6, 7],
        ],
      ),
    ).toEqual({
      runs: [
        [0, 4],
        [6, 8],
      ],
      whole: new Set(['0:4']),
    });
  });
});

describe('a work the title or the first sentence names', () => {
  it('is marked a work', () => {
    const ranked = rankedCandidates(
      `Les Matins gris de Jean Ravel sort mercredi. Le film de Jean Ravel est beau.`,
      {
        lang: 'fr',
        emphasis: ['Les Matins gris'],
        title: '« Les Matins gris », un film clair',
      },
    );
    const work = ranked.find((r) => r.entity.text === 'Les Matins gris');
    expect(work?.work).toBe(true);
    expect(work?.titled).toBe(true);
  });

  it('comes before a body as salient the title does not name', () => {
    const body = rankedEntity('Ashgrove Trust', 'organization', 3);
    const work = rankedEntity('The Quiet Harbour', 'other', 3, { work: true, titled: true });
    const plain = rankedEntity('Low Water', 'other', 3, { work: true });
    expect(readerOrder([body, plain, work]).map((e) => e.text)[0]).toBe('The Quiet Harbour');
  });
});

describe('a one-word title in italics needs a strong work cue', () => {
  const text = `Ravi Menon shot his first feature, Marayoor (1979), in the hills near Munnar, Kerala. The light in Marayoor
made his name in Kochi and Chennai. He later shot the film Kanal in Thrissur; Kanal won a state award, and the
crew of Kanal stayed in Thrissur. Menon said the hills near Munnar were his school.`;

  it('reads a one-word italic span as a work before its year in brackets, whatever preposition it follows', () => {
    expect(find(withItalics(text, 'en', []), 'Marayoor')?.type).toBe('place');
    const es = withItalics(text, 'en', ['Marayoor', 'Kanal', 'Munnar']);
    expect(find(es, 'Marayoor')?.type).toBe('other');
    expect(find(es, 'Kanal')?.type).toBe('other');
  });

  it('leaves a one-word italic span with no strong cue as it was (a place set in italics)', () => {
    const es = withItalics(text, 'en', ['Marayoor', 'Kanal', 'Munnar']);
    expect(find(es, 'Munnar')?.type).toBe('place');
  });
});

describe('a work set in italics with its article where « du » held it elsewhere', () => {
  const text = `Elle vit face à la ville de Varna. C'est le départ du Dernier Hiver de Varna, la pièce d'Ida Berg.
Le Dernier Hiver de Varna, d'Ida Berg, mise en scène de Paul Marin.`;

  it('shows the title with its article, typed as a work, when the bare title is cued', () => {
    const es = withItalics(text, 'fr', ['Dernier Hiver de Varna', 'Le Dernier Hiver de Varna']);
    const work = find(es, 'Le Dernier Hiver de Varna');
    expect(work?.text).toBe('Le Dernier Hiver de Varna');
    expect(work?.type).toBe('other');
  });

  it('does not read the article’s form as a title when the bare form has no cue', () => {
    const es = withItalics(`Il lit Le Matin calme chaque jour. Au Matin calme, on parle peu.`, 'fr', [
      'Matin calme',
      'Le Matin calme',
    ]);
    expect(names(es).some((n) => n.startsWith('Le Matin'))).toBe(false);
  });
});

describe('a quoted French title', () => {
  it('keeps its opening article when a work cue stands near a quotation of it', () => {
    const es = extractEntities(
      `Dans «Les Veilleurs de sel», Anna Verhulst raconte Ostende. «Les Veilleurs de sel», tome 1, paraît chez
Varnier. Anna Verhulst a dessiné «Les Veilleurs de sel» en deux ans.`,
      { lang: 'fr', title: '«Les Veilleurs de sel», d’Anna Verhulst: un polar' },
    );
    expect(find(es, 'Les Veilleurs de sel')).toBeDefined();
    expect(names(es)).not.toContain('Veilleurs de sel');
  });

  it('leaves a quoted sentence that opens with an article as it was', () => {
    const es = extractEntities(
      `«Les Français de Gand sont inquiets», dit Anna Verhulst. Elle répète: «Les Français de Gand sont inquiets».`,
      { lang: 'fr' },
    );
    expect(es.some((e) => e.text.startsWith('Les '))).toBe(false);
  });
});

describe('an italic title of two or three words', () => {
  it('is a work whose last word, named alone, is no surname of it', () => {
    const es = withItalics(
      `Le studio Kerlenn publie Vents d’Ys, édité par Varnier. Le joueur de Vents d’Ys explore la légende d’Ys.
Le jeu Vents d’Ys coûte 20 euros. Les habitants d’Ys, dit la légende, furent engloutis.`,
      'fr',
      ['Vents d’Ys'],
    );
    expect(find(es, 'Vents d’Ys')?.type).toBe('other');
    expect(find(es, 'Vents d’Ys')?.count).toBe(3);
  });

  it('leaves a person’s name set apart (a quotation’s <cite>) merged with the surname alone', () => {
    const es = withItalics(
      `Le scénariste Paul Verbeke publie un album, a dit Léa Marin. « C’est une fresque », dit Paul Verbeke.
Verbeke a travaillé six ans sur cet album.`,
      'fr',
      ['Paul Verbeke'],
    );
    expect(find(es, 'Paul Verbeke')?.count).toBe(3);
  });
});
