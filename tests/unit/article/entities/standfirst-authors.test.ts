import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('the byline’s author named only in the standfirst', () => {
  it('leaves out the columnist the standfirst presents', () => {
    const text = `Another budget, another promise the council will break, writes Orla Dempsey.

The Harbour Council in Cork has cut the library fund again. Councillor Dermot Keane defended the cut.`;
    const shown = names(extractEntities(text, { lang: 'en', byline: 'Orla Dempsey' }));
    expect(shown.some((n) => n.includes('Dempsey'))).toBe(false);
    expect(shown).toContain('Dermot Keane');
  });

  it('keeps the author when the body names them again', () => {
    const text = `La sociologue Léa Vautrain revient sur la fermeture de l'usine de Vierzon.

Léa Vautrain avait elle-même travaillé à Vierzon pendant dix ans avant la fermeture.`;
    const shown = names(extractEntities(text, { lang: 'fr', byline: 'Léa Vautrain' }));
    expect(shown).toContain('Léa Vautrain');
  });

  it('keeps the author a standfirst opens with', () => {
    const text = `Orla Dempsey spent a week on the trawlers of Killybegs.

The Harbour Council in Cork has cut the fishing fund again.`;
    expect(names(extractEntities(text, { lang: 'en', byline: 'Orla Dempsey' }))).toContain('Orla Dempsey');
  });

  it('keeps a name the standfirst gives when it is not the byline’s', () => {
    const text = `Another budget, another promise the council will break, says Orla Dempsey.

The Harbour Council in Cork has cut the library fund again.`;
    const shown = names(extractEntities(text, { lang: 'en', byline: 'Niall Byrne' }));
    expect(shown).toContain('Orla Dempsey');
  });
});
