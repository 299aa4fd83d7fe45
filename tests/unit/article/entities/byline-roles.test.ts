import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a byline line that gives the author’s role', () => {
  it('leaves out the author and the role glued to the name', () => {
    const text = `Harwick Villa beat Coldon Rovers.

Tessa Marlow Football Writer @tessamarlow

Harwick Villa won 2-1 at home, and Jonah Pell scored twice for Harwick Villa.`;
    const shown = names(extractEntities(text, { lang: 'en', byline: 'Tessa Marlow' }));
    expect(shown.some((n) => n.startsWith('Tessa Marlow'))).toBe(false);
    expect(shown).toContain('Jonah Pell');
  });

  it('keeps a longer name that opens with the author’s when the prose writes it', () => {
    const text = `The Tessa Marlow Foundation gave the club a grant.

Tessa Marlow Football Writer

The Tessa Marlow Foundation was set up in 2019.`;
    const shown = names(extractEntities(text, { lang: 'en', byline: 'Tessa Marlow' }));
    expect(shown).toContain('Tessa Marlow Foundation');
  });
});

describe('a photo credit signed with the byline’s short form', () => {
  it('leaves out « J. Marlevin » for the byline Julien Marlevin, and keeps another initialled name', () => {
    const text = `Le tribunal a siégé trois jours. - Photo RCG / J. Marlevin

Le juge a entendu P. Dorsanne, témoin. P. Dorsanne a confirmé les faits devant le tribunal.`;
    const shown = names(extractEntities(text, { lang: 'fr', byline: 'Julien Marlevin' }));
    expect(shown.some((n) => n.includes('Marlevin'))).toBe(false);
    expect(shown.some((n) => n.includes('Dorsanne'))).toBe(true);
  });
});

describe('a byline with a courtesy title', () => {
  const text =
    'The drug cleared infections in most patients, in a trial across 12 countries.\n' +
    'By Dr Tamsin Oyelaran-Hart · Health editor · 7 December 2026 · 38 comments\n' +
    'The drug was approved by regulators in Bern. Novartis said the drug would ship in Bern next year, and ' +
    'Novartis expects more approvals.';

  it('finds its author the text names without the title ("Dr Ann Lee", "Ann Lee")', () => {
    const shown = names(extractEntities(text, { lang: 'en', byline: 'Dr Tamsin Oyelaran-Hart' }));
    expect(shown).not.toContain('Tamsin Oyelaran-Hart');
    expect(shown).toContain('Novartis');
  });

  it('keeps the name where no byline credits it', () => {
    expect(names(extractEntities(text, { lang: 'en' }))).toContain('Tamsin Oyelaran-Hart');
  });
});
