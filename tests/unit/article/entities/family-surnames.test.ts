import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a surname where one of a family is named on their own', () => {
  it('gives "Ms. Ferrante" to the one named on her own, not to her parents named as a pair', () => {
    const es =
      entitiesOf(`Nora Ferrante runs the shop alone now. Her parents, Marco and Lina Ferrante, opened it
      in 1970. Ms. Ferrante says she will keep it open, and Ms. Ferrante has hired two cooks.`);
    expect(find(es, 'Nora Ferrante')?.variants).toContain('Ferrante');
    expect(find(es, 'Lina Ferrante')?.variants ?? []).not.toContain('Ferrante');
  });

  it('leaves the surname apart when two of the family are named on their own', () => {
    const es =
      entitiesOf(`Nora Ferrante runs the shop. Her brother Paolo Ferrante left in May. Mr. Ferrante said
      he would come back, and Ms. Ferrante said she hoped so.`);
    expect(find(es, 'Nora Ferrante')?.variants ?? []).not.toContain('Ferrante');
    expect(find(es, 'Paolo Ferrante')?.variants ?? []).not.toContain('Ferrante');
  });

  it('gives the surname to the one named on their own, not to a relative named after "his daughter,"', () => {
    const es = entitiesOf(`K.P. Okonkwo, the cinematographer, died on Monday. Okonkwo shot forty films and
      taught in Lagos for years. Okonkwo said once that light was his only tool. He is survived by his daughter, Ada Okonkwo, a
      painter.`);
    const okonkwo = find(es, 'K.P. Okonkwo');
    expect(okonkwo?.variants).toContain('Okonkwo');
    expect(okonkwo?.type).toBe('person');
    expect(find(es, 'Ada Okonkwo')?.variants ?? []).not.toContain('Okonkwo');
  });

  it('keeps the surname apart when "Mr." and "Ms." show two of the family', () => {
    const es = entitiesOf(`Nora Ferrante runs the shop. Her brother, Paolo Ferrante, left in May. Mr. Ferrante
      said he would come back, and Ms. Ferrante said she hoped so.`);
    expect(find(es, 'Nora Ferrante')?.variants ?? []).not.toContain('Ferrante');
  });
});
