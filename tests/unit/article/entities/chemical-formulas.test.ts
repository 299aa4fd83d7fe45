import { expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
it('takes no gas formula for a name ("CO2", "PM2.5"), and keeps the bodies beside it', () => {
  const shown = names(
    entitiesOf(
      `Le marché européen des quotas de CO2 a chuté. L’Ademe mesure le CO2 et les PM10 à Lyon, et l’Ademe
publie ses chiffres.`,
      'fr',
    ),
  );
  expect(shown).not.toContain('CO2');
  expect(shown).not.toContain('PM10');
  expect(shown).toContain('Ademe');
});
