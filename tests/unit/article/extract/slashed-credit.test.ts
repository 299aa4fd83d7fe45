import { describe, expect, it } from 'vitest';
import { type CreditOpening, slashedCreditStart } from '@/utils/article/extract/slashed-credit';

// Lines written for these tests (not taken from any corpus): the credit each closes on, or none.
const CASES: Record<CreditOpening, { found: [string, string][]; none: string[] }> = {
  sentence: {
    found: [
      ["L'hôpital dessert 180 000 habitants. KEYSTONE/Jo Bloggs", 'KEYSTONE/Jo Bloggs'],
      ['Crowds outside the court on Monday. REUTERS/Jo Bloggs', 'REUTERS/Jo Bloggs'],
      ['EPA-EFE/Sam Doe', 'EPA-EFE/Sam Doe'],
      ['Fans outside the arena. Jane Holloway/AFP', 'Jane Holloway/AFP'],
      ['Fans outside the arena. Jane Holloway / AFP', 'Jane Holloway / AFP'],
      ['Boats at the quay. AFP/Jo K. Bloggs.', 'AFP/Jo K. Bloggs.'],
      ['People queue for food at the camp. TPI/Stringer', 'TPI/Stringer'],
      ['The first map of the moon. (NASA/JPL-Caltech/ASU)', '(NASA/JPL-Caltech/ASU)'],
    ],
    none: [
      'The ferry now crosses at up to 40 (km/h)',
      'Jacket shell (Polyester/Elastane)',
      'The night train now runs every day. Paris/Berlin',
      'The two sides met again. EU/UK talks resume on Monday',
      'CDU/CSU',
      'DVD / Blu-ray',
      'Le groupe a rejoint la liste LR/Horizons.',
      'Fans outside the arena with KEYSTONE/Jo Bloggs',
    ],
  },
  word: {
    found: [
      ['Le port vu depuis la digue nord KEYSTONE/Martin Ducasse', 'KEYSTONE/Martin Ducasse'],
      ['Fans outside the arena, Jane Holloway/AFP', 'Jane Holloway/AFP'],
      ['Fans outside the arena (Jo Bloggs / AFP)', 'Jo Bloggs / AFP)'],
    ],
    none: [
      'La liste a reçu le soutien des élus LR/UDI du département.',
      'Le groupe a rejoint la liste LR/Horizons.',
      'People queue for food at the camp. TPI/Stringer',
      'The first map of the moon. (NASA/JPL-Caltech/ASU)',
      'No slash in this line at all',
    ],
  },
};

describe.each(Object.entries(CASES) as [CreditOpening, (typeof CASES)[CreditOpening]][])(
  'slashedCreditStart after a %s',
  (opening, { found, none }) => {
    const credit = (line: string): string | null => {
      const at = slashedCreditStart(line, opening);
      return at < 0 ? null : line.slice(at);
    };
    it.each(found)('finds the credit closing "%s"', (line, closing) => {
      expect(credit(line)).toBe(closing);
    });
    it.each(none)('finds none in "%s"', (line) => {
      expect(credit(line)).toBeNull();
    });
  },
);
