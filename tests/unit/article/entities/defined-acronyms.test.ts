import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an acronym the text defines, read names only', () => {
  const text = `A urgência fecha esta semana, anunciou a Direcção Regional do Serviço Costeiro de Saúde (DR-SCS). Os
médicos pedem mais verbas ao SCS, e o SCS promete responder até sexta-feira.`;

  it('is a name with its definition, hyphenated capitals included', () => {
    const body = find(entitiesOf(text, 'pt'), 'DR-SCS');
    expect(body?.variants.concat(body.text)).toContain('Direcção Regional do Serviço Costeiro de Saúde');
    expect(body?.type).toBe('organization');
  });

  it('keeps the body the hyphenated acronym branches from apart', () => {
    const body = find(entitiesOf(text, 'pt'), 'DR-SCS');
    expect(body?.variants).not.toContain('SCS');
    expect(names(entitiesOf(text, 'pt'))).toContain('SCS');
  });

  it('needs more than two words: a borrowed common noun defines no name', () => {
    const german = `Die Firma setzt auf Green Growth (GG). Green Growth sei die Zukunft, sagt der Bericht.`;
    expect(names(entitiesOf(german, 'de'))).not.toContain('Green Growth');
  });
});

describe('a surname particle', () => {
  it('still joins the surname written apart', () => {
    const text = `Otto von Brelau led the talks. Later von Brelau met the envoy, and Brelau signed the treaty.`;
    expect(find(entitiesOf(text, 'en'), 'Otto von Brelau')?.variants).toContain('Brelau');
  });
});
