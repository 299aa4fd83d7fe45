import { describe, expect, it } from 'vitest';
import type { EntityGroup } from '@/utils/article/entities/group';
import { isNamedHead } from '@/utils/article/entities/head-roles';
import type { Mention } from '@/utils/article/entities/mention';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { tokenize } from '@/utils/article/entities/tokenize';
import { rankedEntity } from './helpers';

// Texts written for these tests (not taken from any corpus).

/** Whether the first mention of `name` (two words) in `text` names a head. */
function head(text: string, name: string): boolean {
  const tokens = tokenize(text, new Set(), new Set());
  const [first, last] = name.split(' ');
  const from = tokens.findIndex((t, i) => t.text === first && tokens[i + 1]?.text === last);
  const m = { from, to: from + 2, sentence: tokens[from]?.sentence ?? 0, headline: false } as Mention;
  return isNamedHead({ mentions: [m] } as unknown as EntityGroup, tokens);
}

describe('a person named as the head of an office or a side', () => {
  it('takes a role before the name, before a comma or after one', () => {
    expect(
      head('Il était une heure quand la maire de Corvel, Lise Armand, a annoncé le vote.', 'Lise Armand'),
    ).toBe(true);
    expect(
      head('The strike puts pressure on Transport Minister Ida Marsh, who wants a deal.', 'Ida Marsh'),
    ).toBe(true);
    expect(head('“Leave now,” said Owen Pratt, the fire commissioner, on Monday.', 'Owen Pratt')).toBe(true);
  });

  it('reads a long title of office set off by a comma, and Quebec’s « mairesse »', () => {
    expect(
      head(
        'Le ministre des Transports et de la Mobilité durable, Jonas Pell, a demandé un rapport.',
        'Jonas Pell',
      ),
    ).toBe(true);
    expect(head('À l’hôtel de ville, la mairesse Lise Armand a dit partager la colère.', 'Lise Armand')).toBe(
      true,
    );
  });

  it('does not read a role past the clause before the comma', () => {
    expect(
      head(
        'Selon le ministre, la ville de Corvel et ses voisines, Lise Armand en tête, votent.',
        'Lise Armand',
      ),
    ).toBe(false);
  });

  it('takes neither a deputy nor a former holder for a head', () => {
    expect(head('Selon l’adjoint aux finances, Paul Vidal, la ville doit emprunter.', 'Paul Vidal')).toBe(
      false,
    );
    expect(head('“It will pass,” said Owen Pratt, a former president of the board.', 'Owen Pratt')).toBe(
      false,
    );
  });

  it('reads the office an appositive says the person holds "as", a compound role with it', () => {
    expect(
      head('Owen Pratt, the Welsh engineer who took over as director-general in 2020, spoke.', 'Owen Pratt'),
    ).toBe(true);
    expect(head('Owen Pratt, who trained as a chemist in Leeds, spoke.', 'Owen Pratt')).toBe(false);
  });

  it('takes neither a vice-president nor a predecessor for a head', () => {
    expect(head('The board met. Vice-president Owen Pratt spoke first.', 'Owen Pratt')).toBe(false);
    expect(
      head('She became director after the death of her predecessor, Owen Pratt, in May.', 'Owen Pratt'),
    ).toBe(false);
  });

  it('does not read a role in a quote or a clause before the name', () => {
    expect(head('“The president will not sign,” Owen Pratt told reporters.', 'Owen Pratt')).toBe(false);
    expect(head('The mayor left early, and Owen Pratt closed the meeting.', 'Owen Pratt')).toBe(false);
  });
});

describe('the reader’s order of a head', () => {
  const ranked = (text: string, type: 'person' | 'place', chief: boolean, score = 3) =>
    rankedEntity(text, type, score, { first: 0.4, once: false, chief });

  it('puts a person named as a head before a person as salient named in passing', () => {
    const order = readerOrder([ranked('Paul Vidal', 'person', false), ranked('Lise Armand', 'person', true)]);
    expect(order.map((e) => e.text)).toEqual(['Lise Armand', 'Paul Vidal']);
  });

  it('brings a head ranked just after the first ten into them, in place of a place named in passing', () => {
    const places = ['Arles', 'Brest', 'Caen', 'Dole', 'Evry', 'Foix', 'Gap', 'Hyeres', 'Istres', 'Jarnac'];
    const list = places.map((p, i) => ranked(p, 'place', false, 20 - i));
    const order = readerOrder([...list, ranked('Lise Armand', 'person', true, 2)]).map((e) => e.text);
    expect(order.slice(0, 10)).toContain('Lise Armand');
    expect(order.slice(0, 10)).not.toContain('Jarnac');
  });

  it('reaches further for a head the text has act or speak', () => {
    const places = ['Arles', 'Brest', 'Caen', 'Dole', 'Evry', 'Foix', 'Gap', 'Hyeres', 'Istres', 'Jarnac'];
    const list = [...places, 'Lens', 'Metz'].map((p, i) => ranked(p, 'place', false, 20 - i));
    const head = (acting: number) =>
      rankedEntity('Lise Armand', 'person', 2, { first: 0.4, once: true, chief: true, acting });
    expect(
      readerOrder([...list, head(1)])
        .map((e) => e.text)
        .slice(0, 10),
    ).toContain('Lise Armand');
    expect(
      readerOrder([...list, head(0)])
        .map((e) => e.text)
        .slice(0, 10),
    ).not.toContain('Lise Armand');
  });

  it('reaches as far for a head the text names again by their role ("the director-general told")', () => {
    const places = ['Arles', 'Brest', 'Caen', 'Dole', 'Evry', 'Foix', 'Gap', 'Hyeres', 'Istres', 'Jarnac'];
    const list = [...places, 'Lens', 'Metz'].map((p, i) => ranked(p, 'place', false, 20 - i));
    const head = rankedEntity('Lise Armand', 'person', 2, {
      first: 0.4,
      once: true,
      chief: true,
      anaphors: 1,
    });
    expect(
      readerOrder([...list, head])
        .map((e) => e.text)
        .slice(0, 10),
    ).toContain('Lise Armand');
  });

  it('brings in a person the text has act twice, though not named a head', () => {
    const places = ['Arles', 'Brest', 'Caen', 'Dole', 'Evry', 'Foix', 'Gap', 'Hyeres', 'Istres', 'Jarnac'];
    const list = places.map((p, i) => ranked(p, 'place', false, 20 - i));
    const actor = rankedEntity('Paul Vidal', 'person', 2, { first: 0.4, once: false, acting: 2 });
    expect(
      readerOrder([...list, actor])
        .map((e) => e.text)
        .slice(0, 10),
    ).toContain('Paul Vidal');
  });

  it('leaves a person without a head’s role after the first ten', () => {
    const places = ['Arles', 'Brest', 'Caen', 'Dole', 'Evry', 'Foix', 'Gap', 'Hyeres', 'Istres', 'Jarnac'];
    const list = places.map((p, i) => ranked(p, 'place', false, 20 - i));
    const order = readerOrder([...list, ranked('Paul Vidal', 'person', false, 2)]).map((e) => e.text);
    expect(order.slice(0, 10)).not.toContain('Paul Vidal');
  });
});
