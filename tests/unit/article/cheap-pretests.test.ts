import { describe, expect, it } from 'vitest';
import { isPluralName } from '@/utils/article/entities/plural-sides';
import { isEnglishTownShape } from '@/utils/article/entities/town-shapes';
import { isLoginShaped } from '@/utils/article/extract/byline';
import { bioNames, withoutBio, withoutLeadingRole } from '@/utils/article/extract/byline-roles';
import { caselessSource } from '@/utils/shared/caseless';
import { fold } from '@/utils/shared/fold';
import { letterShape } from '@/utils/shared/letter-shape';
import { sampleStrings } from '../shared/sample-strings';

// Cheap tests now run before some costly Unicode patterns (to spare compiling them on the popup's first
// analysis): each must pass wherever its pattern matches, or the rule would change what it finds.
const NECESSARY: [RegExp, (s: string) => boolean][] = [
  // classify.ts, AMPERSAND
  [/^\p{Lu}[\p{L}'’.-]+(?: & | and |\+)\p{Lu}[\p{L}'’.-]+$/u, (s) => / & | and |\+/.test(s)],
  // slashed-credit.ts, BRACKETED_CREDIT after a sentence
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
  // header-byline.ts, LABELLED_CREDIT
  [
    /^(?!(?:Photos?|Fotos?|Bilder?|Images?|Vid[ée]os?|Illustrations?|Grafik|Cr[ée]dits?)\b)\p{Lu}\p{Ll}+(?:\s+\p{L}\p{Ll}*){0,2}\s+(?:[Pp]ar|[Bb]y|[Vv]on|[Pp]or)\s+\p{Lu}/u,
    (s) => /\s(?:[Pp]ar|[Bb]y|[Vv]on|[Pp]or)\s/.test(s),
  ],
  // title-rules.ts, MORE_IN
  [
    /^(?:more (?:in|from|on|about)|plus d['’e]\s*|mehr (?:aus|zu|zum|zur|von)|más (?:en|de|sobre)|altro (?:da|su)|mais (?:em|de|sobre))\s*\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*){0,4}$/iu,
    (s) => new RegExp(`^(?:${caselessSource('more |plus d|mehr |más |altro |mais ')})`, 'u').test(s),
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
      'Photo Jean Dupont par Marc Roux',
      'Reportage de Léa par Marc',
      'More in Trump Impeachment',
      'PLUS DE Culture',
      'plus d’Europe',
      'Mehr aus Berlin',
      'MÁS DE España',
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
    const LOGIN =
      /^(?:(?!\p{Script=Georgian})[\p{Ll}\d.-]{5,}|[\p{L}\d.-]*_[\p{L}\d._-]*|\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}{2,})$/u;
    const ROLE_THEN_NAMES = /^(\S+)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u;
    const leadingRoleBefore = (byline: string): string => {
      const m = ROLE_THEN_NAMES.exec(byline);
      const role = m
        ? fold(m[1] as string)
            .split('-')
            .at(-1)
        : undefined;
      return m && role === 'rechtsanwalt' ? (m[2] as string) : byline;
    };
    const logins = [
      'flerche',
      'sarah-indra',
      'dpa',
      'Herr_Rein',
      'KonstantinNotz',
      'ნინო',
      'ნინოაბაშიძე',
      'a.b-c1',
    ];
    const pieces = [
      ...'ab_.-1 AÉé\u10d0\u1c90',
      'Jan',
      ' Ode',
      'Rechtsanwalt ',
      'Dr',
      'reporter',
      '\u00a0',
      '’',
    ];
    for (const s of [...logins, ...sampleStrings(6000, pieces, 8, 5)]) {
      expect(isLoginShaped(s), s).toBe(LOGIN.test(s));
      // The role and the names as the pattern's groups held them.
      const m = ROLE_THEN_NAMES.exec(s);
      expect(/^\S+\s+U[UlL'’.-]*(?:\s+U[UlL'’.-]*){1,3}$/.test(letterShape(s)), s).toBe(m !== null);
      if (m)
        expect([s.split(/\s/, 1)[0], s.slice((m[1] as string).length).trimStart()], s).toEqual([m[1], m[2]]);
      if (
        fold(s.split(/\s/, 1)[0] ?? '')
          .split('-')
          .at(-1) === 'rechtsanwalt'
      )
        expect(withoutLeadingRole(s), s).toBe(leadingRoleBefore(s));
    }
    expect(withoutLeadingRole('Rechtsanwalt Jan Ode')).toBe('Jan Ode');
    expect(withoutBio('Jane Doe is a senior reporter')).toBe('Jane Doe');
    expect(bioNames('Jane Doe is a senior reporter')).toBe('Jane Doe');
    expect(isEnglishTownShape('Stratford-upon-Avon')).toBe(true);
  });
});
