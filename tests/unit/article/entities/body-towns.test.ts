import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a body’s name closed by its town after « à »', () => {
  it('is one name when a school’s head opens it and the text writes it whole twice', () => {
    const es = entitiesOf(
      `Elle a étudié à l'université du Varnois à Sarnevo. L'université du Varnois à Sarnevo compte 9 000 étudiants.`,
      'fr',
    );
    expect(find(es, 'université du Varnois à Sarnevo')?.type).toBe('organization');
  });

  it('is cut at « à » when the text writes it once', () => {
    const es = entitiesOf(
      `Il a étudié à l'université du Varnois à Sarnevo, puis il a enseigné à Sarnevo, selon Anne Morel.`,
      'fr',
    );
    expect(find(es, 'université du Varnois à Sarnevo')).toBeUndefined();
    expect(find(es, 'Sarnevo')?.type).toBe('place');
  });

  it('is cut at « à » after a body that takes no town (« la mairie de X à Y »), repeated or not', () => {
    const es = entitiesOf(
      `Le maire a visité la mairie de Varnois à Sarnevo. Puis la mairie de Varnois à Sarnevo a fermé, selon Anne Morel.`,
      'fr',
    );
    expect(find(es, 'Sarnevo')).toBeDefined();
    expect(es.some((e) => e.text.includes('à Sarnevo'))).toBe(false);
  });
});
