import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('what is never an entity', () => {
  it('drops caption labels and page furniture', () => {
    const es = entitiesOf(`Image caption Marta Quill opened the new Brackwater museum on Friday.
Media caption Watch the opening
Enlarge Image
Quill said the Brackwater museum would stay free. Read more: Quill and the museum.
Retrieved 12 May 2021.
Retrieved 3 June 2021.`);
    for (const junk of [
      'Image',
      'Media',
      'Media caption',
      'Enlarge Image',
      'Enlarge',
      'Retrieved',
      'Read',
      'Watch',
    ])
      expect(names(es)).not.toContain(junk);
    expect(find(es, 'Marta Quill')).toBeDefined();
  });

  it('drops contractions and words seen only at the start of sentences', () => {
    const es =
      entitiesOf(`I’m not sure, said Dora Venn. We’re waiting for the Harlow council. Roughly 300 people came.
Roughly half of them left early. Venn said the Harlow council would meet again.`);
    for (const junk of ['I’m', 'We’re', 'Roughly', 'I', 'We']) expect(names(es)).not.toContain(junk);
    expect(find(es, 'Dora Venn')).toBeDefined();
  });

  it('drops generic words standing alone, keeps institutions named by one word', () => {
    const es =
      entitiesOf(`The Department said the bill would pass. State officials agreed, and the Senate voted on
Tuesday. The Department will publish the text, and the Senate will debate it again with the Department.`);
    expect(names(es)).not.toContain('Department');
    expect(names(es)).not.toContain('State');
    expect(names(es)).toContain('Senate');
  });

  it('drops a capitalised common word written in lower case elsewhere, and headings in capitals', () => {
    const es = entitiesOf(
      `MUSIQUE La chanteuse Lina Ferrat prépare un album. La musique de Lina Ferrat plaît.\nLE FAIT DU JOUR\nFerrat chantera à Lausanne.`,
      'fr',
    );
    expect(names(es)).not.toContain('MUSIQUE');
    expect(names(es)).not.toContain('LE FAIT DU JOUR');
    expect(find(es, 'Lina Ferrat')).toBeDefined();
  });

  it('needs more than one capital inside a sentence for an unknown single word', () => {
    const es = entitiesOf(
      `Campagne d’hiver 2019\nLe syndicat lance sa Campagne contre la réforme. Le Kervador soutient le syndicat,
selon le Kervador.`,
      'fr',
    );
    expect(names(es)).not.toContain('Campagne');
    expect(names(es)).toContain('Kervador');
  });

  it('drops French nationality nouns, keeps English nationality words after the first five', () => {
    const fr = entitiesOf(
      `Les Suisses ont voté. L’Allemand Uwe Peschel a gagné devant les Français, à Berne.`,
      'fr',
    );
    for (const junk of ['Suisses', 'Allemand', 'Français']) expect(names(fr)).not.toContain(junk);
    expect(find(fr, 'Uwe Peschel')).toBeDefined();
    const en = entitiesOf(`Iraqi officials met Kurdish leaders in Erbil. The Iraqi army and the Kurdish forces
agreed. Iraqi and Kurdish negotiators will meet again, said Mina Dara of the Erbil council. Dara said Erbil was calm.`);
    expect(names(en).indexOf('Iraqi')).toBeGreaterThanOrEqual(Math.min(5, names(en).length - 2));
    expect(names(en)).toContain('Iraqi');
  });

  it('drops acronyms of common nouns, keeps a weekday that closes a name', () => {
    const es =
      entitiesOf(`Black Friday deals on SUV models lifted Kestrel Motors before its IPO. Kestrel Motors said
Black Friday sales of each SUV doubled, and the IPO will follow.`);
    for (const junk of ['SUV', 'IPO', 'Black']) expect(names(es)).not.toContain(junk);
    expect(names(es)).toContain('Black Friday');
    expect(names(es)).toContain('Kestrel Motors');
  });

  it('drops prefixed adjectives and technical shorthand', () => {
    const es =
      entitiesOf(`The anti-Islamist protest in Tunis drew crowds. The 3D screens in Tunis showed the anti-Islamist
slogans again.`);
    expect(names(es)).not.toContain('anti-Islamist');
    expect(names(es)).not.toContain('3D');
    expect(names(es)).toContain('Tunis');
  });
});
