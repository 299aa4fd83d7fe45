import { describe, expect, it } from 'vitest';
import { type Entity, extractEntities } from '@/utils/article/entities';

// Texts written for these tests (not taken from any corpus).
const FR = `Selon plusieurs chercheurs, le groupe « Volt-2291 » a visé les serveurs de la Banque de France.
Dans un billet publié mardi, Google explique que les pirates ont exploité une faille de Chrome. Suite à cette
découverte, l’Agence nationale de la sécurité des systèmes d’information (ANSSI) a prévenu les entreprises.
Fort heureusement, aucune donnée bancaire n’a fui. La banque rappelle que ses clients en Allemagne et aux
États-Unis ne sont pas concernés. Le groupe Volt-2291 aurait déjà frappé en Allemagne l’an dernier, selon
Google. M. Julien Marchand, directeur de la sécurité chez Google, estime que l’ANSSI a réagi vite.
Marchand ajoute que les Etats-Unis suivent l’affaire de près.`;

const EN = `However, regulators in Brussels say the deal still needs approval. Nordhaven Robotics Inc. agreed on
Tuesday to buy the drone maker Skylark for $2 billion, Nordhaven's chief executive, Priya Raman, told analysts.
The Federal Trade Commission (FTC) is expected to review it. Raman said Nordhaven would keep Skylark's plant in
Ohio. The FTC has blocked two such deals this year. Analysts at Barclays expect the iPhone maker Apple to watch
closely. Meanwhile, Nordhaven shares rose 4% in New York.`;

const names = (es: Entity[]) => es.map((e) => e.text);
const find = (es: Entity[], text: string) => es.find((e) => e.text === text || e.variants.includes(text));

describe('extractEntities, French', () => {
  const es = extractEntities(FR, { lang: 'fr', title: 'Le groupe Volt-2291 attaque la Banque de France' });

  it('finds names joined across connectors, hyphens and digits', () => {
    expect(names(es)).toEqual(expect.arrayContaining(['Volt-2291', 'Banque de France', 'Google', 'Chrome']));
  });

  it('rejects capitalised sentence openers', () => {
    for (const noise of ['Selon', 'Dans', 'Suite', 'Fort', 'La', 'Le', 'M'])
      expect(names(es)).not.toContain(noise);
  });

  it('merges an acronym with its definition, elided forms and accent variants', () => {
    const anssi = find(es, 'ANSSI');
    // Shown as the article mostly writes it; the definition is a variant.
    expect(anssi?.text).toBe('ANSSI');
    expect(anssi?.variants).toContain('Agence nationale de la sécurité des systèmes d’information');
    // The definition, "(ANSSI)" and the later "l’ANSSI": three written mentions.
    expect(anssi?.count).toBe(3);
    const us = find(es, 'États-Unis');
    expect(us?.text).toBe('États-Unis');
    expect(us?.variants).toContain('Etats-Unis');
    expect(find(es, 'Allemagne')?.count).toBe(2);
  });

  it('merges the surname with the full name and types people, places, groups and organisations', () => {
    const person = find(es, 'Julien Marchand');
    expect(person?.type).toBe('person');
    expect(person?.count).toBe(2);
    expect(names(es)).not.toContain('Marchand');
    expect(find(es, 'Volt-2291')?.type).toBe('group');
    expect(find(es, 'Allemagne')?.type).toBe('place');
    expect(find(es, 'Banque de France')?.type).toBe('organization');
    expect(find(es, 'Google')?.type).toBe('organization');
  });

  it('ranks the repeated, early and titled names first', () => {
    expect(names(es)[0]).toBe('Volt-2291');
    expect(names(es).indexOf('Google')).toBeLessThan(names(es).indexOf('Chrome'));
    // The ten most salient names open the list (in the reader's order, see ranking.test.ts); the rest follow by
    // salience.
    const scores = es.map((e) => e.score);
    const rest = scores.slice(10);
    expect(Math.min(...scores.slice(0, 10))).toBeGreaterThanOrEqual(Math.max(...rest, 0));
    expect([...rest].sort((a, b) => b - a)).toEqual(rest);
  });
});

describe('extractEntities, English', () => {
  const es = extractEntities(EN, { lang: 'en' });

  it('strips possessives and merges them with the plain name', () => {
    const nordhaven = find(es, 'Nordhaven');
    // The legal form is left out of the name shown; the full name stays a variant.
    expect(nordhaven?.text).toBe('Nordhaven Robotics');
    expect(nordhaven?.variants).toContain('Nordhaven Robotics Inc');
    expect(nordhaven?.type).toBe('organization');
    expect(nordhaven?.count).toBe(4);
    expect(names(es).some((n) => /’s|'s/.test(n))).toBe(false);
    expect(find(es, 'Skylark')?.count).toBe(2);
  });

  it('merges an acronym defined in parentheses and reused alone', () => {
    const ftc = find(es, 'FTC');
    expect(ftc?.text).toBe('FTC');
    expect(ftc?.variants).toContain('Federal Trade Commission');
    expect(ftc?.count).toBe(3);
    expect(ftc?.type).toBe('organization');
  });

  it('types a person announced by a role and merges the surname', () => {
    const raman = find(es, 'Priya Raman');
    expect(raman?.type).toBe('person');
    expect(raman?.count).toBe(2);
  });

  it('types camel-case products and known places; rejects openers and weekdays', () => {
    expect(find(es, 'iPhone')?.type).toBe('product');
    expect(find(es, 'Ohio') ?? find(es, 'New York')).toBeDefined();
    expect(find(es, 'New York')?.type).toBe('place');
    for (const noise of ['However', 'The', 'Meanwhile', 'Tuesday', 'Analysts'])
      expect(names(es)).not.toContain(noise);
  });
});

describe('extractEntities, programmes and laws', () => {
  const text = `Microsoft renvoie à son programme Secure Future Initiative. Le Digital Markets Act s’applique
depuis mars, a rappelé Margrethe Vestager. Selon Vestager, la Secure Future Initiative reste floue.`;
  const es = extractEntities(text, { lang: 'fr' });

  it('does not type a programme or a law named like a person as a person', () => {
    expect(find(es, 'Secure Future Initiative')?.type).not.toBe('person');
    expect(find(es, 'Digital Markets Act')?.type).not.toBe('person');
    expect(find(es, 'Margrethe Vestager')?.type).toBe('person');
  });
});

describe('extractEntities, edge cases', () => {
  it('returns an empty list for empty, blank or lower-case text', () => {
    expect(extractEntities('', { lang: 'fr' })).toEqual([]);
    expect(extractEntities('   \n\n ', { lang: 'en' })).toEqual([]);
    expect(extractEntities('rien à signaler ici.', { lang: 'fr' })).toEqual([]);
  });

  it('copes with very short input and scripts without capitals', () => {
    expect(names(extractEntities('Microsoft.', { lang: 'en' }))).toEqual(['Microsoft']);
    expect(extractEntities('微软公司表示，黑客入侵了电子邮件系统。', { lang: 'zh' })).toEqual([]);
    expect(
      extractEntities('Компания Microsoft сообщила о взломе.', { lang: 'ru' }).map((e) => e.text),
    ).toContain('Microsoft');
  });

  it('ignores headline capitals except for names found in the running text', () => {
    const es = extractEntities(
      'MARKETS RALLY AS NORDHAVEN BEATS FORECASTS\nShares of Nordhaven rose in Oslo.',
      {
        lang: 'en',
      },
    );
    expect(names(es)).not.toContain('MARKETS');
    expect(find(es, 'Nordhaven')?.count).toBe(2);
  });

  it('respects the limit option', () => {
    expect(extractEntities(EN, { lang: 'en', limit: 2 })).toHaveLength(2);
  });
});
