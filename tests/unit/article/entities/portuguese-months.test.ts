import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('months a Portuguese paper capitalises', () => {
  it('lists no month, keeps the hospital and the minister', () => {
    const shown = names(
      entitiesOf(
        `Urgências fecham até Janeiro. O Hospital de Vila Serena fecha entre 20 de Dezembro e 6 de Janeiro. A ministra
        Rita Calado disse que o plano será revisto no início de Janeiro, e o Hospital de Vila Serena confirmou.`,
        'pt',
      ),
    );
    expect(shown).toContain('Hospital de Vila Serena');
    for (const month of ['Janeiro', 'Dezembro']) expect(shown).not.toContain(month);
  });

  it('ranks Christmas in the headline below the hospitals, or leaves it out (a feast, see names-only-feasts)', () => {
    const shown = names(
      entitiesOf(
        `Urgências fecham no Natal no Hospital de Vila Serena. O Hospital de Vila Serena e o Hospital da Ribeira Alta
        vão fechar por turnos durante o Natal, disse a ministra Rita Calado.`,
        'pt',
        'Urgências fecham no Natal em dois hospitais',
      ),
    );
    const at = shown.indexOf('Natal');
    expect(shown).toContain('Hospital de Vila Serena');
    expect(at === -1 || at > shown.indexOf('Hospital de Vila Serena')).toBe(true);
  });
});
