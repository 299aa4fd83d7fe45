import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('types and merges of round 15', () => {
  it('joins a parliament named with its country adjective and alone (« Deutscher Bundestag », « Bundestag »)', () => {
    const es = entitiesOf(
      'Der Deutsche Bundestag hat am Donnerstag abgestimmt. Im Bundestag sprach Lena Kurz von einem guten Tag. Der Bundesrat folgt im März.',
      'de',
    );
    const bundestag = es.filter((e) => e.text.endsWith('Bundestag'));
    expect(bundestag).toHaveLength(1);
    expect(find(es, 'Bundesrat')).toBeDefined();
    expect(find(es, 'Bundesrat')).not.toBe(bundestag[0]);
  });

  it('keeps apart a country adjective before a body that is no parliament named in its own language', () => {
    const es = entitiesOf(
      'Members of the Scottish Parliament met on Monday. In London, Parliament voted on the budget, said Ewan Blair. Ewan Blair spoke in Perth.',
    );
    expect(names(es)).toContain('Scottish Parliament');
    expect(find(es, 'Scottish Parliament')?.variants ?? []).not.toContain('Parliament');
  });

  it("leaves out the site's own name told a story (« a confié au Courrier »), keeps one set there (« au Musée Grévin »)", () => {
    const text =
      'La ministre Claire Vasseur a présenté mardi son plan pour les musées de Lyon. Claire Vasseur a confié au Courrier son inquiétude. Claire Vasseur a visité Lyon et Villeurbanne, et a expliqué au Courrier son choix.';
    const es = extractEntities(text, { lang: 'fr', site: 'Le Courrier' });
    expect(find(es, 'Courrier')).toBeUndefined();
    expect(find(es, 'Claire Vasseur')).toBeDefined();
    const setting =
      'Les enfants ont découvert les statues au Musée Grévin mardi. Claire Vasseur les accompagnait à Paris. Claire Vasseur a aimé la visite.';
    expect(
      find(extractEntities(setting, { lang: 'fr', site: 'Musée Grévin' }), 'Musée Grévin'),
    ).toBeDefined();
  });

  it('keeps the function word opening a French title quoted whole (« l’initiative « Pour des loyers abordables » »), not a quoted sentence', () => {
    const es = entitiesOf(
      "À Genève, l'initiative « Pour des loyers abordables » sera votée en juin. L'initiative « Pour des loyers abordables » divise la Suisse, selon Paul Favre.",
      'fr',
    );
    expect(names(es)).toContain('Pour des loyers abordables');
    const said = entitiesOf(
      'Paul Favre a lancé « Nous sommes au bout de nos forces » mardi à Lyon. « Nous sommes au bout de nos forces », répète Paul Favre.',
      'fr',
    );
    expect(names(said)).not.toContain('Nous sommes au bout de nos forces');
  });
});
