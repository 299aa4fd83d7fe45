import { describe, expect, it } from 'vitest';
import { authorBoxByline } from '@/utils/article/extract/author-box-byline';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

// Pages written for these tests (not taken from any corpus).
const PROSE = `<p>${'Le conseil a voté le budget après un long débat sur les transports et les écoles. '.repeat(4)}</p>`;
const EN_PROSE = `<p>${'The council voted on the budget after a long debate about buses and schools. '.repeat(4)}</p>`;
const byline = (body: string) =>
  authorBoxByline(
    parseHtmlWithLinkedom(`<html><body><h1>Titre</h1>${body}</body></html>`, 'https://site.example/a'),
    'La Gazette',
  );

describe('authorBoxByline', () => {
  it('reads the author from the box under the story: a credit, a heading that names, an author label', () => {
    expect(
      byline(
        `<article>${PROSE}</article><div><h4>Par <a href="/a/1">Théa Morel</a></h4><p>Théa Morel est journaliste à la rubrique culture.</p></div>`,
      ),
    ).toBe('Théa Morel');
    expect(
      byline(
        `${EN_PROSE}<aside><h3>About the author</h3><img src="p.jpg" alt=""><p>Nora Vale is a health reporter.</p></aside>`,
      ),
    ).toBe('Nora Vale');
    expect(
      byline(
        `${PROSE}<section><h3>Théa Morel</h3><div><p>Théa Morel couvre la mairie depuis 2019.</p></div></section>`,
      ),
    ).toBe('Théa Morel');
    expect(
      byline(`${PROSE}<div><p>Par Théa Morel et Paul Ode</p><p>Théa Morel est journaliste.</p></div>`),
    ).toBe('Théa Morel et Paul Ode');
    // A label, then the names as a heading, then a short bio that does not repeat them.
    expect(
      byline(
        `${EN_PROSE}<div><h2>Published by</h2><div><img src="p.jpg" alt=""></div><div><h3>Nora Vale</h3><p>A professor of law. <a href="/a/nv">View all posts</a></p></div></div>`,
      ),
    ).toBe('Nora Vale');
  });

  it('reads the names above a bio that calls the author by their given name, a role line between', () => {
    expect(
      byline(
        `${EN_PROSE}<div class="box"><p><a href="/s/nv">Nora Vale</a></p><p>Senior Health Reporter</p><p>Nora covers vaccines and hospitals.</p></div>`,
      ),
    ).toBe('Nora Vale');
    expect(
      byline(`${PROSE}<div><h4>Claire Morel</h4><p>Claire couvre la mairie depuis 2019.</p></div>`),
    ).toBe('Claire Morel');
    // Another given name, a names line that is more than names, a profile the story goes on after.
    expect(byline(`${EN_PROSE}<div><p>Nora Vale</p><p>Sam covers schools.</p></div>`)).toBeNull();
    expect(
      byline(`${EN_PROSE}<div><p>Nora Vale won the prize for the year</p><p>Nora is a teacher.</p></div>`),
    ).toBeNull();
    expect(byline(`<div><p>Nora Vale</p><p>Nora is a former mayor.</p></div>${EN_PROSE}`)).toBeNull();
    // A word that is no given name (a project's readme), names glued to a role by a box's blocks.
    expect(byline(`<h3>Golem Python API</h3><p>Golem is a network of computers.</p>${EN_PROSE}`)).toBeNull();
    expect(
      byline(
        `${EN_PROSE}<div><div><p>Nora Vale</p><p>Software Engineer</p></div></div><div><p>About the author</p><p>Nora has worked as a developer since 2007.</p></div>`,
      ),
    ).toBeNull();
  });

  it('reads the link to the author’s page above a bio that gives a role, not the names', () => {
    expect(
      byline(
        `${PROSE}<div class="box"><img src="p.jpg" alt=""><div><a href="/auteur/thea-morel/">Théa Morel</a><p>Journaliste culture. Suit les festivals depuis 2010.</p></div></div>`,
      ),
    ).toBe('Théa Morel');
    expect(
      byline(
        `${EN_PROSE}<div><p><a href="https://site.example/authors/nora-vale">Nora Vale</a></p><p>Covers schools.</p></div>`,
      ),
    ).toBe('Nora Vale');
    // A link to a story or a tag, a link with more than names.
    expect(
      byline(`${PROSE}<div><a href="/culture/thea-morel/">Théa Morel</a><p>Journaliste culture.</p></div>`),
    ).toBeNull();
    expect(
      byline(
        `${PROSE}<div><a href="/auteur/thea-morel/">Tous les articles de la rubrique</a><p>Journaliste culture.</p></div>`,
      ),
    ).toBeNull();
  });

  it('reads a bio that opens with its label, or alone in its box, of nobody the story names', () => {
    expect(
      byline(
        `${EN_PROSE}<div><p><strong>About the author:</strong> Nora Vale is a freelance reporter in Leeds.</p></div>`,
      ),
    ).toBe('Nora Vale');
    expect(
      byline(`${PROSE}<div><p>À propos de l'autrice — Claire Morel est journaliste indépendante.</p></div>`),
    ).toBe('Claire Morel');
    expect(byline(`${PROSE}<div class="bio"><p>Claire Morel est journaliste indépendante.</p></div>`)).toBe(
      'Claire Morel',
    );
    // Someone the story names (a profile of its mayor), a name that opens with no given name, a box of two lines.
    expect(
      byline(
        `<p>La maire, Claire Morel, a voté contre.</p>${PROSE}<div><p>Claire Morel est maire depuis 2020.</p></div>`,
      ),
    ).toBeNull();
    expect(byline(`${PROSE}<div><p>Golem Python est une bibliothèque libre.</p></div>`)).toBeNull();
    expect(
      byline(`${PROSE}<div><p>Claire Morel est journaliste.</p><p>Abonnez-vous à la lettre.</p></div>`),
    ).toBeNull();
  });

  it('reads no bio without a line above that confirms it, and no profile of the story’s people', () => {
    expect(byline(`${PROSE}<div><h4>Newsletter</h4><p>Théa Morel est journaliste.</p></div>`)).toBeNull();
    expect(byline(`${PROSE}<h4>Par Paul Ode</h4><p>Théa Morel est journaliste.</p>`)).toBeNull();
    // A name heading under no label, or under a label with no bio below.
    expect(byline(`${EN_PROSE}<div><h3>Nora Vale</h3><p>A professor of law.</p></div>`)).toBeNull();
    expect(byline(`${EN_PROSE}<div><h2>Published by</h2><h3>Nora Vale</h3></div>`)).toBeNull();
    // A comment, or a profile the story goes on after.
    expect(byline(`${PROSE}<ul><li><b>Théa Morel</b><p>Théa Morel est lectrice.</p></li></ul>`)).toBeNull();
    expect(byline(`<h3>Nora Vale</h3><p>Nora Vale is a former mayor.</p>${EN_PROSE}`)).toBeNull();
    // Two bios: the candidates of a list, not the author's box.
    expect(
      byline(
        `${EN_PROSE}<h3>Nora Vale</h3><p>Nora Vale is a former mayor.</p><h3>Sam Ode</h3><p>Sam Ode is a teacher.</p>`,
      ),
    ).toBeNull();
  });
});
