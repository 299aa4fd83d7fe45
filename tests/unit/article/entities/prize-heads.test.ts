import { describe, expect, it } from 'vitest';
import { prizeName } from '@/utils/article/entities/prize-heads';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a prize with and without its head noun', () => {
  it('reads the head noun after an English name and before a French one', () => {
    expect(prizeName('marlowe prize')).toBe('marlowe');
    expect(prizeName('prix vautrin')).toBe('vautrin');
    expect(prizeName('marlowe house')).toBeUndefined();
  });

  it('joins "Marlowe" to "Marlowe Prize"', () => {
    const es =
      entitiesOf(`Ann Ferris won the Marlowe Prize on Tuesday. She is the third Welsh writer to win the
      Marlowe, and her publisher said the Marlowe would double her sales.`);
    const e = find(es, 'Marlowe Prize');
    expect([e?.text, ...(e?.variants ?? [])]).toEqual(expect.arrayContaining(['Marlowe', 'Marlowe Prize']));
  });

  it('joins « Vautrin » to « Prix Vautrin »', () => {
    const es = entitiesOf(
      `Lucie Marchand a reçu le Prix Vautrin mardi à Paris. Le jury du Vautrin a salué son roman, et le Vautrin
      lui vaudra des lecteurs, dit Lucie Marchand.`,
      'fr',
    );
    const e = find(es, 'Prix Vautrin');
    expect([e?.text, ...(e?.variants ?? [])]).toEqual(expect.arrayContaining(['Vautrin', 'Prix Vautrin']));
  });

  it('leaves a surname that names a person apart', () => {
    const es = entitiesOf(
      `Senator Tom Marlowe spoke at the Marlowe Prize dinner. Marlowe said books matter.`,
    );
    expect(find(es, 'Marlowe Prize')?.variants ?? []).not.toContain('Marlowe');
  });

  it('joins a wildfire\'s name to the fire ("Cedar Gulch" to "Cedar Gulch Fire")', () => {
    const es = entitiesOf(`The Cedar Gulch Fire burned 40 homes in 2019. Cedar Gulch started on a Sunday, and
      crews still talk about Cedar Gulch, the chief said.`);
    const e = find(es, 'Cedar Gulch Fire');
    expect([e?.text, ...(e?.variants ?? [])]).toEqual(
      expect.arrayContaining(['Cedar Gulch', 'Cedar Gulch Fire']),
    );
  });

  it('leaves a known place apart from a prize named after it', () => {
    const es = entitiesOf(
      `Ann Ferris won the Kyoto Prize on Tuesday. She flew to Kyoto, and Kyoto welcomed her.`,
    );
    expect(find(es, 'Kyoto Prize')?.variants ?? []).not.toContain('Kyoto');
  });
});
