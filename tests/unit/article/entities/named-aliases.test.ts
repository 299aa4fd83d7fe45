import { describe, expect, it } from 'vitest';
import type { Mention } from '@/utils/article/entities/mention';
import { namesAlias } from '@/utils/article/entities/named-aliases';
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
});
