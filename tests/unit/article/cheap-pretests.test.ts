import { describe, expect, it } from 'vitest';
import { isPluralName } from '@/utils/article/entities/plural-sides';
import { isEnglishTownShape } from '@/utils/article/entities/town-shapes';
import { bioNames, withoutBio } from '@/utils/article/extract/byline-roles';
import { sampleStrings } from '../shared/sample-strings';

// Cheap tests now run before some costly Unicode patterns (to spare compiling them on the popup's first
// analysis): each must pass wherever its pattern matches, or the rule would change what it finds.
const NECESSARY: [RegExp, (s: string) => boolean][] = [
  // classify.ts, AMPERSAND
  [/^\p{Lu}[\p{L}'’.-]+(?: & | and |\+)\p{Lu}[\p{L}'’.-]+$/u, (s) => / & | and |\+/.test(s)],
  // meta-words.ts, SLASHED_CREDIT
  [
    /(?:^|[.!?…"”»]\s*)\((?:\p{Lu}[\p{L}.&-]*\s?)+(?:\/\s?(?:\p{Lu}[\p{L}.&-]*\s?)+)+\)\s*$/u,
    (s) => s.includes('/'),
  ],
  // town-shapes.ts, ENGLISH_TOWN
  [
    /^\p{Lu}\p{Ll}+(?:-(?:on|upon|under|super|in|next|by)(?:-the)?-\p{Lu}\p{Ll}+| upon \p{Lu}\p{Ll}+)$/u,
    (s) => /-(?:on|upon|under|super|in|next|by)-| upon /.test(s),
  ],
  // byline-roles.ts, BIO_SENTENCE and NAMES_THEN_BIO
  [/(?<=\p{Ll}{2})\.\s+\p{Lu}\p{Ll}*\s+\p{Ll}.*$/u, (s) => /\.\s/.test(s)],
  [
    /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s+(?:is|was|has|covers|writes|est|a|couvre|écrit)\s+\p{Ll}.*$/u,
    (s) => /\s(?:is|was|has|covers|writes|est|a|couvre|écrit)\s/.test(s),
  ],
  // byline.ts, DAY_OR_PLACE
  [
    /,\s*(?:le\s+(?:\p{L}+\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?|(?:(?:reporting|writing)\s+from|depuis|à|au|aux|in|at|from)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*)*)$/u,
    (s) => s.includes(','),
  ],
];

const WORDS = [
  'Marks',
  ' & ',
  ' and ',
  '+',
  'Spencer',
  '(',
  ')',
  '/',
  'NASA',
  'JPL',
  '. ',
  'Stoke',
  '-on-',
  '-the-',
  ' upon ',
  'Trent',
];
const MORE = [
  'Jane Doe',
  ' is ',
  ' est ',
  'a',
  'reporter',
  ', ',
  'le ',
  '3',
  ' mars',
  ' in ',
  'Geneva',
  'Steelers',
  's',
];

describe('cheap tests before costly patterns', () => {
  it('pass wherever their pattern matches', () => {
    const samples = [
      'A map of Titan. (NASA/JPL-Caltech/ASU)',
      '(AP/Reuters)',
      'Marks & Spencer',
      'Stoke-on-Trent',
      'Oliver Grant. His book is out',
      'Jane Doe is a reporter',
      'Par Camille Roche, le 3 mars',
      'Ann Lee, in Geneva',
      ...sampleStrings(8000, [...WORDS, ...MORE], 9),
    ];
    for (const [pattern, pretest] of NECESSARY) {
      expect(
        samples.filter((s) => pattern.test(s) && !pretest(s)),
        String(pattern),
      ).toEqual([]);
      expect(
        samples.some((s) => pattern.test(s)),
        `${pattern} matches some samples`,
      ).toBe(true);
    }
  });

  it('leave the rules as they were', () => {
    const BIO_SENTENCE = /(?<=\p{Ll}{2})\.\s+\p{Lu}\p{Ll}*\s+\p{Ll}.*$/u;
    const NAMES_THEN_BIO =
      /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s+(?:is|was|has|covers|writes|est|a|couvre|écrit)\s+\p{Ll}.*$/u;
    const ENGLISH_TOWN =
      /^\p{Lu}\p{Ll}+(?:-(?:on|upon|under|super|in|next|by)(?:-the)?-\p{Lu}\p{Ll}+| upon \p{Lu}\p{Ll}+)$/u;
    const samples = [
      'Jane Doe is a senior reporter',
      'Oliver Grant. His most recent book is out',
      'Stratford-upon-Avon',
      'Newcastle upon Tyne',
      'Steelers',
      ...sampleStrings(6000, [...WORDS, ...MORE], 9, 3),
    ];
    for (const s of samples) {
      expect(withoutBio(s), s).toBe(s.replace(BIO_SENTENCE, '').replace(NAMES_THEN_BIO, '$1'));
      expect(isEnglishTownShape(s), s).toBe(ENGLISH_TOWN.test(s));
      expect(isPluralName(s), s).toBe(s.endsWith('s') && /\p{L}{3,}s$/u.test(s) && !/(?:ss|us|is)$/.test(s));
    }
    expect(withoutBio('Jane Doe is a senior reporter')).toBe('Jane Doe');
    expect(bioNames('Jane Doe is a senior reporter')).toBe('Jane Doe');
    expect(isEnglishTownShape('Stratford-upon-Avon')).toBe(true);
  });
});
