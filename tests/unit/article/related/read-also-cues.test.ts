import { describe, expect, it } from 'vitest';
import { headingVerdict } from '@/utils/article/related/block-cues';
import { cueSet, openingCueEnds } from '@/utils/article/related/read-also-cues';
import { foldWords } from '@/utils/shared/fold';

const cues = cueSet(['a lire', 'a lire aussi', 'don t miss', 'video', 'videos']);

describe('cues that open a folded title', () => {
  it('gives where each cue ends, longest first', () => {
    expect(openingCueEnds('a lire aussi : le port', cues)).toEqual([12, 6]);
  });

  it('reads any run of non-letters between a cue’s words', () => {
    expect(openingCueEnds("don't miss: the port", cues)).toEqual([10]);
    expect(openingCueEnds('a  -  lire la suite', cues)).toEqual([10]);
  });

  it('finds no cue inside a longer word, nor past the first word', () => {
    expect(openingCueEnds('videotheque du port', cues)).toEqual([]);
    expect(openingCueEnds('videos: le port', cues)).toEqual([6]);
    expect(openingCueEnds('la video du port', cues)).toEqual([]);
    expect(openingCueEnds(': video du port', cues)).toEqual([]);
  });
});

describe('read-also headings in German, Spanish, Portuguese and Italian', () => {
  it('names a block of stories on the subject', () => {
    for (const heading of [
      'Ähnliche Beiträge',
      'Noticias relacionadas',
      'Matérias relacionadas',
      'Artículos relacionados',
      'Articoli correlati',
      'Ähnliche Rezepte',
    ])
      expect(headingVerdict(foldWords(heading)), heading).toBe('related');
  });

  it('names a block of suggestions, which need not be on the subject', () => {
    for (const heading of [
      'Das könnte Sie auch interessieren',
      'Lesetipp',
      'Unsere Empfehlungen',
      'Te recomendamos',
      'Vous aimerez aussi',
      'You may also like',
    ])
      expect(headingVerdict(foldWords(heading)), heading).toBe('suggested');
  });

  it('names a French block "more on this subject" as related', () => {
    for (const heading of ['Plus sur ce thème', 'Plus sur ce sujet'])
      expect(headingVerdict(foldWords(heading)), heading).toBe('related');
    expect(headingVerdict(foldWords('Plus sur le site'))).toBeNull();
  });

  it('does not take a list of related topics (tags) for related stories', () => {
    expect(headingVerdict(foldWords('Temas relacionados'))).not.toBe('related');
  });
});
