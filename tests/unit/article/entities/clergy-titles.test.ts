import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('titles of the clergy', () => {
  it('announce a person in French and are no part of the name', () => {
    const es = entitiesOf(
      `Le cardinal Aveline a célébré la messe à Marseille. Mgr Ulrich était présent, avec sœur Lestrange. Selon Aveline, la foule était immense. Mgr Ulrich a salué les fidèles.`,
      'fr',
    );
    expect(find(es, 'Aveline')?.type).toBe('person');
    expect(find(es, 'Ulrich')?.type).toBe('person');
  });

  it('split a place from the person after it, and merge the titled name with the full one', () => {
    const es = entitiesOf(
      `Chicago Cardinal Joseph Bernardin said he was ill. Cardinal Bernardin spoke in Chicago, where Archbishop Welby met him. Welby later flew home.`,
    );
    expect(names(es)).not.toContain('Chicago Cardinal Joseph Bernardin');
    expect(find(es, 'Joseph Bernardin')?.count).toBe(2);
    expect(find(es, 'Welby')?.type).toBe('person');
  });

  it('leave a company named with the word alone', () => {
    const es = entitiesOf(
      `Shares of Cardinal Health rose in New York, and Cardinal Health said its sales grew in Ohio.`,
    );
    expect(names(es)).toContain('Cardinal Health');
  });
});
