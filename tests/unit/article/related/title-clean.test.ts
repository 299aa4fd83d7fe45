import { describe, expect, it } from 'vitest';
import { cleanTitle } from '@/utils/article/related/title-clean';

describe('cleanTitle', () => {
  it('removes dates, times and "ago" stamps glued after a headline', () => {
    for (const [glued, clean] of [
      ['Port strike ends after talks 22 August 2019', 'Port strike ends after talks'],
      ['U.S. Sweetens Offer on Trade NOV. 7, 2010', 'U.S. Sweetens Offer on Trade'],
      ['Why the Deal Fell Apart DEC 20', 'Why the Deal Fell Apart'],
      ['Canada advances to the quarterfinals 15 hours ago', 'Canada advances to the quarterfinals'],
      ['Le port rouvre après la grève 12 mai 2021 à 15:20', 'Le port rouvre après la grève'],
      ['A long fight for asylum LAST UPDATED: Feb 26, 2020', 'A long fight for asylum'],
    ]) {
      expect(cleanTitle(glued as string), glued).toBe(clean);
    }
  });

  it('keeps a date that is part of the headline', () => {
    expect(cleanTitle('Brexit deadline set for 31 October')).toBe('Brexit deadline set for 31 October');
    expect(cleanTitle('Vote moved to Oct 31')).toBe('Vote moved to Oct 31');
  });

  it('removes labels and kickers before the headline', () => {
    expect(cleanTitle('Video Obama urges action on gun laws')).toBe('Obama urges action on gun laws');
    expect(cleanTitle('EXKLUSIV - Werft in Kiel sucht neue Aufträge')).toBe(
      'Werft in Kiel sucht neue Aufträge',
    );
    expect(cleanTitle('Bildergalerie: So feiert der Hafen sein Fest')).toBe('So feiert der Hafen sein Fest');
    expect(cleanTitle('» Grundwissen Kompost für den Garten')).toBe('Grundwissen Kompost für den Garten');
    expect(cleanTitle('>>> Der große Kompost-Report 2023')).toBe('Der große Kompost-Report 2023');
    expect(cleanTitle('Our guide to compost >')).toBe('Our guide to compost');
    expect(cleanTitle('Is 3 > 2 in compost science?')).toBe('Is 3 > 2 in compost science?');
    expect(cleanTitle('- Save up to 30% on ferry tickets')).toBe('Save up to 30% on ferry tickets');
    expect(cleanTitle('Our guide to the harbour ›')).toBe('Our guide to the harbour');
    expect(cleanTitle('Le guide du port »')).toBe('Le guide du port');
    // A French quote closes on » after a space: no arrow.
    expect(cleanTitle('Le capitaine : « Le port m’apprend à attendre »')).toBe(
      'Le capitaine : « Le port m’apprend à attendre »',
    );
    expect(cleanTitle('-5 degrees in the harbour tonight')).toBe('-5 degrees in the harbour tonight');
    expect(cleanTitle('Read more: Italy at risk of quarantine')).toBe('Italy at risk of quarantine');
    expect(cleanTitle('Lire aussi : Le port rouvre enfin')).toBe('Le port rouvre enfin');
    expect(cleanTitle('También lea: El puerto reabre sus muelles')).toBe('El puerto reabre sus muelles');
    expect(cleanTitle('Politics | Council results broken down')).toBe('Council results broken down');
    expect(cleanTitle('[Read: Why the island suffers from violence]')).toBe(
      'Why the island suffers from violence',
    );
    expect(cleanTitle('10/16/2020 the national circus A tired show')).toBe(
      'the national circus A tired show',
    );
  });

  it('removes an editor\'s "read also" label in any language it knows, accents or not', () => {
    expect(cleanTitle('Lesen Sie auch: Der Hafen öffnet wieder')).toBe('Der Hafen öffnet wieder');
    expect(cleanTitle('À LIRE ÉGALEMENT - Le port rouvre enfin')).toBe('Le port rouvre enfin');
    expect(cleanTitle("Don't miss: The port reopens")).toBe('The port reopens');
    expect(cleanTitle('Leia também: O porto reabre')).toBe('O porto reabre');
  });

  it('removes a cue that opens headlines as a word only when a colon or a dash sets it off', () => {
    expect(cleanTitle('Read: Harbour boss: we can win the vote')).toBe('Harbour boss: we can win the vote');
    expect(cleanTitle('Lire : Le port rouvre enfin')).toBe('Le port rouvre enfin');
    expect(cleanTitle('Read the small print: what the deal says')).toBe(
      'Read the small print: what the deal says',
    );
    expect(cleanTitle('Voir Naples et mourir')).toBe('Voir Naples et mourir');
  });

  it('keeps a first word that belongs to the sentence', () => {
    expect(cleanTitle('Video shows the rescue of a kidnapped girl')).toBe(
      'Video shows the rescue of a kidnapped girl',
    );
    expect(cleanTitle('12 new cases reported in the region')).toBe('12 new cases reported in the region');
  });

  it('removes a short section after " | " and a rank glued to the first word', () => {
    expect(cleanTitle('How to stop robocall spammers | Tech Review')).toBe('How to stop robocall spammers');
    expect(cleanTitle('10Australian returns from Syria')).toBe('Australian returns from Syria');
  });

  it('gives the text back when cleaning would leave nothing', () => {
    expect(cleanTitle('  Read more  ')).toBe('Read more');
  });
});
