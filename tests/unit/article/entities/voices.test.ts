import { describe, expect, it } from 'vitest';
import type { Mention } from '@/utils/article/entities/mention';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { tokenize } from '@/utils/article/entities/tokenize';
import { voicedIn } from '@/utils/article/entities/voices';
import { rankedEntity } from './helpers';

// Texts written for these tests (not taken from any corpus).

/** Whether the first mention of `name` (two words) in `text` gives it a voice or has it act. */
function voiced(text: string, name: string): boolean {
  const tokens = tokenize(text, new Set(), new Set());
  const [first, last] = name.split(' ');
  const from = tokens.findIndex((t, i) => t.text === first && tokens[i + 1]?.text === last);
  const m = { from, to: from + 2, sentence: tokens[from]?.sentence ?? 0, headline: false } as Mention;
  return voicedIn(m, tokens);
}

describe('a person the article quotes or has act, named once with a role', () => {
  it('reads a dash signing the quote before it, past a courtesy title', () => {
    expect(voiced('« Les deux vont ensemble. » — Dr Lise Armand, chercheuse à Corvel', 'Lise Armand')).toBe(
      true,
    );
    expect(voiced('“We will rebuild.”\n— Owen Pratt, Dunmore council', 'Owen Pratt')).toBe(true);
  });

  it('reads a verb after the clause that sets the name off by commas', () => {
    expect(voiced('La directrice financière, Lise Armand, a détaillé le plan.', 'Lise Armand')).toBe(true);
    expect(
      voiced('Le préfet, Paul Vidal, arrivé sur place peu après midi, a évoqué une fuite.', 'Paul Vidal'),
    ).toBe(true);
    expect(voiced('Retired teacher Owen Pratt, who chairs the campaign, said: “Stay.”', 'Owen Pratt')).toBe(
      true,
    );
  });

  it('leaves out an inverted reporting verb, which as often quotes an outside expert', () => {
    expect(voiced('“It is a small effect,” said Dr Owen Pratt, a nurse in Dunmore.', 'Owen Pratt')).toBe(
      false,
    );
  });

  it('keeps a name in passing, an object of the verb or a list', () => {
    expect(voiced('He said Owen Pratt would stay in Dunmore.', 'Owen Pratt')).toBe(false);
    expect(voiced('Le plan, signé par Lise Armand et la ville.', 'Lise Armand')).toBe(false);
    expect(voiced('Owen Pratt, a nurse at the Dunmore clinic.', 'Owen Pratt')).toBe(false);
    expect(voiced('Les jurés — Lise Armand et Paul Vidal — ont voté.', 'Lise Armand')).toBe(false);
    expect(voiced('The panel met Owen Pratt, Ann Lee and two nurses on Monday.', 'Owen Pratt')).toBe(false);
  });
});

describe('the reader’s order of a voiced person', () => {
  it('puts a person who signs a quote before a body as salient named in passing, not before one acting', () => {
    const voice = rankedEntity('Lise Armand', 'person', 3, { voiced: 1 });
    const body = rankedEntity('Corvel Labs', 'organization', 3.2);
    const actor = rankedEntity('Owen Pratt', 'person', 3, { voiced: 0, acting: 1 });
    expect(readerOrder([body, voice, actor]).map((e) => e.text)).toEqual([
      'Owen Pratt',
      'Lise Armand',
      'Corvel Labs',
    ]);
  });

  it('counts a person voiced twice no more than once', () => {
    const twice = rankedEntity('Lise Armand', 'person', 3, { voiced: 2 });
    const body = rankedEntity('Corvel Labs', 'organization', 3.8);
    expect(readerOrder([twice, body]).map((e) => e.text)).toEqual(['Corvel Labs', 'Lise Armand']);
  });
});
