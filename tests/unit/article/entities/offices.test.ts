import { describe, expect, it } from 'vitest';
import { namesAnOffice } from '@/utils/article/entities/offices';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an office named by its holder’s title', () => {
  it('is an organisation, not the place that opens its name', () => {
    const text = `The Marrow County Attorney General (MCAG) is investigating Kestrel. A spokesperson for the MCAG
      declined to comment, and the MCAG has asked for documents.`;
    expect(find(entitiesOf(text), 'Marrow County Attorney General')?.type).toBe('organization');
  });

  it('needs the title at the end of the name', () => {
    expect(namesAnOffice('state comptroller')).toBe(true);
    expect(namesAnOffice('general electric')).toBe(false);
    expect(namesAnOffice('general')).toBe(false);
  });
});
