import { describe, expect, it } from 'vitest';
import { namedForPlace, namesNationalBody } from '@/utils/article/entities/place-tails';
import { entitiesOf, find, names } from './helpers';

// Names and texts written for these tests (not taken from any corpus).
const lowerOnly =
  (...ws: string[]) =>
  (w: string): boolean =>
    ws.includes(w);

describe('a name closed by the place it serves', () => {
  it('finds a body or a firm named for a known place or a coast', () => {
    const none = lowerOnly();
    expect(namedForPlace('crafts council scotland', none)).toBe(true);
    expect(namedForPlace('vento east coast', none)).toBe(true);
    expect(namedForPlace('one leeds', lowerOnly('one'))).toBe(true);
  });

  it('leaves places, given names and two-word names of unknown words alone', () => {
    const none = lowerOnly();
    expect(namedForPlace('west yorkshire', none)).toBe(false);
    expect(namedForPlace('old leeds', none)).toBe(false);
    expect(namedForPlace('bank of england', none)).toBe(false);
    expect(namedForPlace('tom holland', none)).toBe(false);
    expect(namedForPlace('brack leeds', none)).toBe(false);
    expect(namedForPlace('leeds', none)).toBe(false);
  });

  it('types such a name an organisation, not a place nor a person', () => {
    const es =
      entitiesOf(`Vento East Coast cancelled trains on Monday. On Tuesday, Crafts Council Scotland said
the grants would go ahead, and Vento East Coast said services would resume.`);
    expect(find(es, 'Vento East Coast')?.type).toBe('organization');
    expect(find(es, 'Crafts Council Scotland')?.type).toBe('organization');
  });

  it('leaves a person so named a person when a title announces them', () => {
    const es = entitiesOf(
      `Judge Marra Brown Leeds ruled on Monday. Marra Brown Leeds said the case was closed.`,
    );
    expect(find(es, 'Marra Brown Leeds')?.type).toBe('person');
  });

  it('reads no such name from a capital that only opens a sentence', () => {
    const es = entitiesOf(`Former Leeds councillors met. Former Leeds staff joined them in the hall.`);
    expect(find(es, 'Former Leeds')?.type).not.toBe('organization');
  });
});

describe('a field before a country’s name', () => {
  it('names the country’s national body', () => {
    const body = (key: string) => namesNationalBody(key.split(' '));
    expect(body('rowing australia')).toBe(true);
    expect(body('asthma research uk')).toBe(true);
    expect(body('tourism new zealand')).toBe(true);
    expect(body('former australia')).toBe(false);
    expect(body('two england')).toBe(false);
    expect(body('northern ireland')).toBe(false);
    expect(body('s korea')).toBe(false);
    expect(body('tom holland')).toBe(false);
    expect(body('new zealand')).toBe(false);
    expect(body('roast turkey')).toBe(false);
  });

  it('keeps the field at a sentence’s start and types the body an organisation, written so twice', () => {
    const es = entitiesOf(`Rowing Australia said the regatta would go ahead, though rowing clubs were worried.
Asthma Research UK warned that asthma cases rose in the heat. Squash Canada has asked for money.
Rowing Australia will decide on Friday. Asthma Research UK and Squash Canada did not comment.`);
    expect(find(es, 'Rowing Australia')?.type).toBe('organization');
    expect(find(es, 'Asthma Research UK')?.type).toBe('organization');
    expect(find(es, 'Squash Canada')?.type).toBe('organization');
    expect(names(es)).not.toContain('Research UK');
  });

  it('reads a side and its epithet opening one sentence as no body ("Brave England were beaten")', () => {
    const es = entitiesOf(`Brave England were beaten in Paris. The visitors fought hard, and England will
play again on Sunday.`);
    expect(find(es, 'Brave England')?.type).not.toBe('organization');
  });

  it('leaves a qualifier of the country or its side out', () => {
    const es =
      entitiesOf(`Former Australia captain Dean Marsh spoke on Monday. Two England players were hurt, and
England lost to Australia.`);
    const shown = names(es);
    expect(shown).not.toContain('Former Australia');
    expect(shown).not.toContain('Two England');
    expect(find(es, 'Australia')?.type).toBe('place');
  });
});
