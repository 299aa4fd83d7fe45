import { describe, expect, it } from 'vitest';
import { namesDepartmentService } from '@/utils/article/entities/department-bodies';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a département’s service and its number', () => {
  it('reads the acronym and a département’s number only', () => {
    expect(namesDepartmentService('sdis 76')).toBe(true);
    expect(namesDepartmentService('samu 974')).toBe(true);
    expect(namesDepartmentService('sdis 120')).toBe(false);
    expect(namesDepartmentService('rtx 50')).toBe(false);
  });

  it('types the pair a body, not a product', () => {
    const es = entitiesOf(
      `Plus de 80 pompiers du Sdis 29 sont mobilisés à Brest depuis mardi. Le Sdis 29 a demandé des renforts, a
indiqué le commandant Paul Le Roux.`,
      'fr',
    );
    expect(find(es, 'Sdis 29')?.type).toBe('organization');
  });

  it('finds the service and its number written once as a word (« le Samu 29 »)', () => {
    const es = entitiesOf(
      `Un pompier a été pris en charge sur place par le Samu 29. Les autres vont bien, a indiqué Paul Le Roux.`,
      'fr',
    );
    expect(find(es, 'Samu 29')?.type).toBe('organization');
  });
});
