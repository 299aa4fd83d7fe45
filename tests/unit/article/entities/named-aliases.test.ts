import { describe, expect, it } from 'vitest';
import type { Mention } from '@/utils/article/entities/mention';
import { mergeNamedAliases, namesAlias } from '@/utils/article/entities/named-aliases';
import { UnionFind } from '@/utils/article/entities/union-find';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const at = (from: number, to: number, before: string[], after: string[]): Mention =>
  ({ surface: 'X', from, to, before, after }) as unknown as Mention;

describe('a name and the one the text says it goes by', () => {
  it('joins "A, known as B", "A, dubbed B" and "A, or B for short"', () => {
    const es =
      entitiesOf(`The Advisory Board on Harbour Works, known as the Quayside Group, met in June. Pilots praised the
Quayside Group on Friday. The Coastal Tenancies Board, or CTB for short, fined two owners; the CTB will appeal.`);
    expect(find(es, 'Quayside Group')).toBe(find(es, 'Advisory Board on Harbour Works'));
    expect(find(es, 'CTB')).toBe(find(es, 'Coastal Tenancies Board'));
  });

  it('joins « A, surnommé « B » » in French', () => {
    const es = entitiesOf(
      'Le tribunal a entendu Karim Vasseur, surnommé « Roitelet », lundi. Roitelet a gardé le silence.',
      'fr',
    );
    expect(find(es, 'Roitelet')).toBe(find(es, 'Karim Vasseur'));
  });

  it('needs the comma, bracket or dash and the cue words alone between the two', () => {
    // "A, known as B": a comma, "known as", an article.
    expect(namesAlias(at(0, 2, [], [',', 'known']), at(6, 7, ['the', 'as'], []))).toBe(true);
    // "A (dubbed B)".
    expect(namesAlias(at(0, 2, [], ['(', 'dubbed']), at(4, 5, ['dubbed', '('], []))).toBe(true);
    // "A) – also known as B": a closing bracket ends another phrase.
    expect(namesAlias(at(0, 2, [], [')', '–']), at(7, 8, ['as', 'known'], []))).toBe(false);
    // "A and a man known as B".
    expect(namesAlias(at(0, 2, [], ['and', 'a']), at(6, 7, ['as', 'known'], []))).toBe(false);
    // "A, or B" without "for short" lists two names.
    expect(namesAlias(at(0, 2, [], [',', 'or']), at(4, 5, ['or', ','], ['said', '.']))).toBe(false);
  });

  it('keeps two names listed with a comma apart', () => {
    const es = entitiesOf(
      'Officials from Morvale, Trenholt and Ashby met on Monday in Morvale. Trenholt sent two.',
    );
    expect(find(es, 'Morvale')).not.toBe(find(es, 'Trenholt'));
  });

  it('looks the name before each mention up: a list repeating two names 20,000 times takes no quadratic time', () => {
    // "Paris and then Berlin" on every line of a link list, then "Vellmar Board, known as the VB" once.
    const paris: Mention[] = [];
    const berlin: Mention[] = [];
    for (let i = 0; i < 20_000; i++) {
      paris.push(at(5 * i, 5 * i + 1, [], ['and', 'then']));
      berlin.push(at(5 * i + 3, 5 * i + 4, ['then', 'and'], []));
    }
    const board = at(100_000, 100_002, [], [',', 'known']);
    const vb = at(100_006, 100_007, ['the', 'as'], []);
    const byKey = new Map([
      ['paris', paris],
      ['berlin', berlin],
      ['vellmar board', [board]],
      ['vb', [vb]],
    ]);
    const uf = new UnionFind();
    const start = performance.now();
    mergeNamedAliases([...byKey.keys()], byKey, uf);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(uf.find('vb')).toBe(uf.find('vellmar board'));
    expect(uf.find('paris')).not.toBe(uf.find('berlin'));
  });
});
