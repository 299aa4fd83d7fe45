import { describe, expect, it } from 'vitest';
import { closingSignature } from '@/utils/article/extract/closing-signature';
import { articleOf } from './helpers';

// Pages written for these tests (not taken from any corpus).
const PROSE =
  '<p>Le conseil municipal a voté mardi la rénovation de la piscine, après un long débat sur les écoles et le budget.</p>';
const EN_PROSE =
  '<p>The council voted on Tuesday to rebuild the pool after a long debate about schools and the budget.</p>';
const signed = (body: string) => closingSignature(articleOf(body), null)?.names ?? null;

describe('closingSignature', () => {
  it('reads « Par X » with a day, a labelled credit, a wire’s reporters', () => {
    expect(signed(`${PROSE}<p>Par Camille Roche, le 3 mars</p>`)).toBe('Camille Roche');
    expect(signed(`${PROSE}<p><em>Propos recueillis par Hugo Marchal</em></p>`)).toBe('Hugo Marchal');
    expect(
      signed(`${EN_PROSE}<p>(Reporting by Dana Whitfield in Chicago; Editing by Mark Sorensen)</p>`),
    ).toBe('Dana Whitfield');
  });

  it('reads a dashed name, or a name alone, that the text names nowhere else', () => {
    expect(signed(`${EN_PROSE}<p>— Priya Raman</p>`)).toBe('Priya Raman');
    expect(signed(`${PROSE}<p>Julien Moreau</p><p>Avec AFP</p>`)).toBe('Julien Moreau');
    expect(signed(`${PROSE}<p>Julien Moreau, à Vannes</p>`)).toBe('Julien Moreau');
    expect(signed(`${PROSE}<p>Claire Vidal (maire de Sainte-Anne (Gers))</p>`)).toBe('Claire Vidal');
    // The bracketed role says a person signs, whatever the given name.
    expect(signed(`${PROSE}<p>Ysolde Marrec (maire de Sainte-Anne)</p>`)).toBe('Ysolde Marrec');
    expect(signed(`${PROSE}<p>Ysolde Marrec</p>`)).toBeNull();
    expect(signed(`${EN_PROSE}<p>— PRIYA RAMAN, Staff Writer</p>`)).toBe('Priya Raman');
  });

  it('reads a name then the author’s address, not a person of the story', () => {
    expect(signed(`${EN_PROSE}<p><em>Priya Raman: praman@example.com</em></p>`)).toBe('Priya Raman');
    expect(signed(`${EN_PROSE}<p>Priya Raman, praman@example.com</p>`)).toBe('Priya Raman');
    const quoted = '<p>The pool was "long overdue", said Priya Raman, who runs the swim club.</p>';
    expect(signed(`${EN_PROSE}${quoted}<p>Priya Raman: praman@example.com</p>`)).toBeNull();
    expect(signed(`${EN_PROSE}<p>Press office: press@example.com</p>`)).toBeNull();
  });

  it('leaves a guest’s signature with their office in the text, takes a journalist’s out', () => {
    const guest = articleOf(`${PROSE}<p>Claire Vidal (maire de Sainte-Anne)</p>`);
    closingSignature(guest, null)?.remove();
    expect(guest.textContent).toContain('Claire Vidal (maire de Sainte-Anne)');
    const reporter = articleOf(`${PROSE}<p>Claire Vidal (envoyée spéciale à Kyiv)</p>`);
    closingSignature(reporter, null)?.remove();
    expect(reporter.textContent).not.toContain('Claire Vidal');
  });

  it('finds no author in an agency’s credit, « Par ailleurs », a heading or a quote’s speaker', () => {
    expect(signed(`${PROSE}<p>Avec AFP</p>`)).toBeNull();
    expect(signed(`${PROSE}<p>Par ailleurs, la piscine rouvrira en juin.</p>`)).toBeNull();
    expect(signed(`${EN_PROSE}<h2>By The Numbers</h2><ul><li>40 miles</li></ul>`)).toBeNull();
    expect(
      signed(
        `<p>Tom Ellis, the association's president, praised the shuttle bus after the parade.</p><p>— Tom Ellis</p>`,
      ),
    ).toBeNull();
    expect(
      signed(`${EN_PROSE}<blockquote><p>"We will be back."</p><p>— Nadia Brook</p></blockquote>`),
    ).toBeNull();
  });

  it('reads a labelled author, and a signature after the last paragraph’s line break', () => {
    expect(signed(`${PROSE}<p>Texte : Camille Roche</p>`)).toBe('Camille Roche');
    const last = PROSE.replace('</p>', '<br><strong>Camille Roche</strong></p>');
    expect(signed(last)).toBe('Camille Roche');
    expect(signed(PROSE.replace('</p>', '<br>Lire aussi notre dossier</p>'))).toBeNull();
  });

  it('looks no further up than the last paragraph of prose', () => {
    expect(signed(`<p>Par Camille Roche</p>${PROSE}`)).toBeNull();
  });

  it('reads a credit above a closing note, not a name alone there', () => {
    const note =
      '<p><em>Le Long Hiver</em>, de Marc Olivier, avec Anne Roy, Paul Brun, Léa Noir. 1 h 40. En salle le 16 mars.</p>';
    expect(signed(`${PROSE}<p>Propos recueillis par Hugo Marchal</p>${note}`)).toBe('Hugo Marchal');
    expect(signed(`${PROSE}<p>Hugo Marchal</p>${note}`)).toBeNull();
  });
});
