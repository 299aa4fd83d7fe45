import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French glacier, lake, pass or bridge named after a proper noun', () => {
  it('is a place of its own, not the river or town it is named after', () => {
    const text = `Les mesures sur le glacier du Tessinet montrent une fonte record. Le glacier de la Dent Blanche recule
aussi, et le col du Vallonet reste fermé. Selon l'équipe, le glacier du Tessinet aura disparu en 2080.`;
    const es = entitiesOf(text, 'fr');
    expect(names(es)).toContain('glacier du Tessinet');
    expect(names(es)).toContain('glacier de la Dent Blanche');
    expect(names(es)).toContain('col du Vallonet');
    expect(names(es)).not.toContain('Tessinet');
    expect(find(es, 'glacier du Tessinet')?.type).toBe('place');
  });

  it('leaves a capitalised head and a name without the feature word alone', () => {
    const text = `Le groupe Lac de Lune joue ce soir à Genève. Le Lac de Lune a sorti trois disques, et la Garonne monte.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown.some((n) => n.startsWith('lac'))).toBe(false);
  });

  it('is one place with its proper noun alone for a massif or a pass', () => {
    const text = `Les loups du massif du Vercorin sont suivis de près. Dans le Vercorin, les éleveurs comptent leurs bêtes,
et le col du Sarrasin reste fermé. Le Sarrasin est enneigé.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('massif du Vercorin');
    expect(shown).not.toContain('Vercorin');
  });
});

describe('a French citadel named after its town', () => {
  it('is a place, capitalised or not', () => {
    const text = `La course a dompté la Citadelle de Vernay dimanche. Le long des talus de la Citadelle de Vernay, la foule
criait. La visite de la citadelle de Morlain est gratuite.`;
    const es = entitiesOf(text, 'fr');
    expect(find(es, 'Citadelle de Vernay')?.type).toBe('place');
    expect(find(es, 'citadelle de Morlain')?.type).toBe('place');
  });
});

describe('a French street named with « de » in lower case', () => {
  it('is a place with its head, not the day or the body its name honours; a town named alone too stays so', () => {
    const text = `Le cortège est parti de l'avenue de la Délivrance vers midi. Il a remonté l'avenue de la Délivrance
jusqu'au boulevard Carnot, puis la rue des Tanneurs, à dix minutes de la gare de Poitiers. Le bailleur de Grand Poitiers paie.`;
    const es = entitiesOf(text, 'fr');
    expect(find(es, 'avenue de la Délivrance')?.type).toBe('place');
    expect(find(es, 'avenue de la Délivrance')?.count).toBe(2);
    expect(names(es)).toContain('rue des Tanneurs');
    expect(names(es)).not.toContain('Délivrance');
    expect(names(es)).not.toContain('gare de Poitiers');
  });
});

describe('a French spring, point, cape or cove named after a proper noun', () => {
  it('is a place with its lower-case noun after a definite article', () => {
    const text = `La source des Vernauds alimente le hameau. Les randonneurs montent à la source du Lirac, puis à la
pointe du Ravel. Près de la source des Vernauds, Paul Roussel a bâti un moulin.`;
    const es = entitiesOf(text, 'fr');
    expect(find(es, 'source des Vernauds')?.type).toBe('place');
    expect(names(es)).toContain('source du Lirac');
    expect(names(es)).toContain('pointe du Ravel');
    expect(names(es)).not.toContain('Vernauds');
  });

  it('leaves an informant, an acronym and a known place to their own names', () => {
    const text = `Selon une source de Matignon, le texte sera retiré. La source de l'AFP dément. Une source du
Marlieu confirme, et la pointe de la Bretagne attire Paul Roussel.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown.some((n) => n.startsWith('source'))).toBe(false);
    expect(shown).toContain('Bretagne');
  });

  it('reads a venue named by a lower-case noun the text goes on about as a name, beside its town', () => {
    const es = entitiesOf(
      `Le parc animalier de Vorlanges, au sud de Brissac, fermera. Le parc animalier recrute. Le parc a ouvert en 1950.
Les habitants de Vorlanges regrettent, et Vorlanges attend la réouverture.`,
      'fr',
    );
    expect(names(es)).toContain('parc animalier de Vorlanges');
    expect(names(es)).toContain('Vorlanges');
    const once = entitiesOf(
      `Le parc de Vorlanges fermera. Les habitants de Vorlanges regrettent, et Vorlanges attend.`,
      'fr',
    );
    expect(names(once)).not.toContain('parc de Vorlanges');
  });
});

describe('a French street named by its noun and a capitalised name', () => {
  it('keeps the street noun in the name, an adjective first too, and types it a place', () => {
    const es = entitiesOf(
      `Depuis lundi, la rue Grande Vallière est fermée aux voitures. Les riverains de la rue Grande Vallière
protestent, selon Paul Morin. Le tram passe par l'avenue Dorsel.`,
      'fr',
    );
    expect(find(es, 'rue Grande Vallière')?.type).toBe('place');
    expect(find(es, 'rue Grande Vallière')?.count).toBe(2);
    expect(find(es, 'avenue Dorsel')?.type).toBe('place');
    expect(names(es)).not.toContain('Grande Vallière');
  });

  it('leaves the street out before a name the text writes alone', () => {
    const es = entitiesOf(
      `Léon Brasier a écrit ce roman à Lyon. La rue Léon Brasier sera rénovée, a dit Paul Morin.`,
      'fr',
    );
    expect(names(es)).not.toContain('rue Léon Brasier');
  });
});
