import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('names on a byline line the page’s byline did not give', () => {
  it('leaves out the authors of a « Par » line, a desk in brackets after them', () => {
    const text = `Les Vingt-Sept ont trouvé un accord à Bruxelles.

Par Aurèle Montvallon et Sidonie Kervella (Bruxelles, bureau européen)

L’accord a été salué par Hugo Danreuil, qui le jugeait impossible. Hugo Danreuil a parlé de victoire.`;
    const es = extractEntities(text, { lang: 'fr', byline: 'Aurèle Montvallon' });
    expect(find(es, 'Aurèle Montvallon')).toBeUndefined();
    expect(find(es, 'Sidonie Kervella')).toBeUndefined();
    expect(names(es)).toContain('Hugo Danreuil');
    expect(names(es)).toContain('Bruxelles');
  });

  it('keeps a name after « Par » in a sentence', () => {
    const text = `Par Émilien Vaudrey, la mairie a fait savoir qu’elle renonçait au projet.

Émilien Vaudrey reste prudent.`;
    expect(names(extractEntities(text, { lang: 'fr' }))).toContain('Émilien Vaudrey');
  });
});

describe('the page’s author introduced by their role', () => {
  it('leaves out the author the standfirst introduces, keeps a correspondent who is not the author', () => {
    const text = `Notre chroniqueuse Élise Varenne revient sur trois ans d'encadrement des loyers à Lyon.

Le bilan de l'Observatoire des loyers montre un effet limité, selon le correspondant Marc Duval. Marc Duval cite la Métropole de Lyon.`;
    const shown = names(extractEntities(text, { lang: 'fr', byline: 'Élise Varenne' }));
    expect(shown.some((n) => n.includes('Varenne'))).toBe(false);
    expect(shown).toContain('Marc Duval');
  });

  it('keeps the author when the prose writes about them', () => {
    const text = `Notre chroniqueuse Élise Varenne revient sur les loyers à Lyon.

La mairie a répondu à Élise Varenne mardi. Le bilan de l'Observatoire des loyers montre un effet limité.`;
    const shown = names(extractEntities(text, { lang: 'fr', byline: 'Élise Varenne' }));
    expect(shown.some((n) => n.includes('Varenne'))).toBe(true);
  });
});

describe('an op-ed’s guest author', () => {
  it('keeps the signer whose office closes the text: the header shows them as the byline too', () => {
    const text = `Dans ma commune, la trésorerie a fermé. La poste aussi. Je demande au gouvernement un moratoire.

Ysolde Marrec (maire de Sainte-Anne (Gers))`;
    const shown = names(extractEntities(text, { lang: 'fr', byline: 'Ysolde Marrec' }));
    expect(shown.some((n) => n.includes('Marrec'))).toBe(true);
  });
});

describe('the page’s author introducing themself', () => {
  it('leaves out the author who says "I’m", keeps a person the prose writes about', () => {
    const text = `Good morning. I'm Owen Barlow and I'll be bringing you updates from the court today.

The jury found Graham Pellow guilty. Graham Pellow showed no emotion.`;
    const shown = names(extractEntities(text, { lang: 'en', byline: 'Owen Barlow' }));
    expect(shown).not.toContain('Owen Barlow');
    expect(shown).toContain('Graham Pellow');
  });
});

describe('the interviewer of a Q&A', () => {
  it('leaves out the author credited for the interview or asking the questions, keeps the interviewee', () => {
    const credit = `La glaciologue explique pourquoi la fonte s'accélère.

Propos recueillis par Aurèle Montvallon. Publié le 2 décembre.

Clémence Duverney dirige un groupe de recherche à Lausanne. « C'est énorme », dit Clémence Duverney.`;
    const fr = names(extractEntities(credit, { lang: 'fr', byline: 'Aurèle Montvallon' }));
    expect(fr.some((n) => n.includes('Montvallon'))).toBe(false);
    expect(fr).toContain('Clémence Duverney');
    const asked = `The director spoke to us before the festival.

Ann Kessler: Why shoot in the lagoon?

Mira Odun: Because nobody had. Mira Odun laughed.`;
    const en = names(extractEntities(asked, { lang: 'en', byline: 'Ann Kessler' }));
    expect(en.some((n) => n.includes('Kessler'))).toBe(false);
    expect(en).toContain('Mira Odun');
  });

  it('keeps the author when the prose writes about them', () => {
    const text = `Ann Kessler: the festival's new director has plans.

The board named Ann Kessler director in May. Ann Kessler starts in June, said Mira Odun.`;
    expect(names(extractEntities(text, { lang: 'en', byline: 'Ann Kessler' }))).toContain('Ann Kessler');
  });
});

describe('the byline’s author on a line closed by a note in brackets', () => {
  it('leaves the author out, keeps the name when the byline credits someone else', () => {
    const text = `Le reportage de Maëlle Quintard (2'05")

La mairie de Vernoux a voté le budget. Gaston Perrichon a voté contre, avec Odile Ferrand.

Maëlle Quintard (Vernoux)`;
    const es = extractEntities(text, { lang: 'fr', byline: 'Maëlle Quintard' });
    expect(find(es, 'Maëlle Quintard')).toBeUndefined();
    expect(names(extractEntities(text, { lang: 'fr', byline: 'Paul Dorval' }))).toContain('Maëlle Quintard');
  });
});
