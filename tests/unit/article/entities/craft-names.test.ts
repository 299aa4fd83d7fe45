import { describe, expect, it } from 'vitest';
import { craftCued, isCraft } from '@/utils/article/entities/craft-names';
import type { EntityGroup } from '@/utils/article/entities/group';
import { entitiesOf, find, mentionOf } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string, lang = 'en'): string | undefined =>
  find(entitiesOf(text, lang), name)?.type;

const group = (key: string, ...before: string[][]): EntityGroup =>
  ({
    keys: new Set([key]),
    surfaces: new Map([[key, before.length]]),
    mentions: before.map((b) => mentionOf(key, { before: b })),
  }) as unknown as EntityGroup;

describe('a ship or a spacecraft named after a person', () => {
  it('reads the kind of craft before the name, a ship prefix, "aboard" or « à bord du »', () => {
    expect(craftCued(mentionOf('Ellen Marsh', { before: ['vessel', 'the'] }))).toBe(true);
    expect(craftCued(mentionOf('Ellen Marsh', { before: ['mv'] }))).toBe(true);
    expect(craftCued(mentionOf('Ellen Marsh', { before: ['the', 'aboard'] }))).toBe(true);
    expect(craftCued(mentionOf('Marie Perrin', { before: ['du', 'bord'] }))).toBe(true);
    expect(craftCued(mentionOf('Ada Vell', { after: ['probe'] }))).toBe(true);
  });

  it('reads no craft in a person’s context', () => {
    expect(craftCued(mentionOf('Ellen Marsh', { before: ['captain'] }))).toBe(false);
    expect(craftCued(mentionOf('Ellen Marsh', { after: ['said'] }))).toBe(false);
  });

  it('takes half the mentions, never a known body nor a carrier ("aboard Aerolis flight 12")', () => {
    expect(isCraft(group('ellen marsh', ['vessel', 'the'], ['said', 'she']))).toBe(true);
    expect(isCraft(group('ellen marsh', ['vessel', 'the'], ['captain'], ['told']))).toBe(false);
    expect(isCraft(group('lufthansa', ['aboard']))).toBe(false);
    expect(craftCued(mentionOf('Aerolis', { before: ['aboard'], after: ['flight'] }))).toBe(false);
  });

  it('shows no person for a ship, in English and in French', () => {
    const en = `The trawler Ellen Marsh sank off Cornwall on Monday. Rescuers said the crew of the Ellen Marsh were
      safe. Three men were aboard the Ellen Marsh when it sank.`;
    expect(typeOf(en, 'Ellen Marsh')).toBe('other');
    const fr = `Le chalutier Marie Perrin a coulé lundi au large de Brest. Quatre marins étaient à bord du Marie Perrin
      quand le navire Marie Perrin a chaviré.`;
    expect(typeOf(fr, 'Marie Perrin', 'fr')).not.toBe('person');
  });

  it('shows no person for a spacecraft', () => {
    const text = `The spacecraft Voyager Dawn reached orbit on Monday. Engineers said Voyager Dawn was healthy, and the
      Voyager Dawn probe will map the moon.`;
    expect(typeOf(text, 'Voyager Dawn')).toBe('other');
  });

  it('keeps a person named near a ship', () => {
    const text = `Captain Ellen Marsh said the storm came fast. Ellen Marsh, 52, has sailed for thirty years.`;
    expect(typeOf(text, 'Ellen Marsh')).toBe('person');
  });
});
