import { describe, expect, it } from 'vitest';
import { betterTitle, isRealTitle, isTeaser } from '@/utils/article/related/title-rules';

describe('isRealTitle', () => {
  it('accepts headlines of several words', () => {
    expect(isRealTitle('Microsoft supprime une centaine d’emplois en France')).toBe(true);
    expect(isRealTitle('Ransomware strikes again')).toBe(true);
    expect(isRealTitle('Cybersécurité renforcée')).toBe(true);
  });

  it('rejects "read more" labels, dates, single words and whole cards', () => {
    for (const text of [
      'Lire la suite',
      'Lire la suite…',
      'Read more',
      'En savoir plus',
      'Article suivant',
      'Hier weiterlesen',
      'About this article',
      'Seguir leyendo',
      '',
    ]) {
      expect(isRealTitle(text), text).toBe(false);
    }
    expect(isRealTitle('12 avr. 2024')).toBe(false);
    expect(isRealTitle('You are at:')).toBe(false);
    expect(isRealTitle('Grève des ports : la CGT maintient son appel')).toBe(true);
    expect(isRealTitle('Microsoft')).toBe(false);
    // Breadcrumb and teaser labels end on the colon that announces what follows.
    expect(isRealTitle('You are here now:')).toBe(false);
    expect(isRealTitle('À lire également sur le sujet :')).toBe(false);
    // A related block's own heading, taken for the headline of its only story link.
    expect(isRealTitle('Sur le même sujet')).toBe(false);
    expect(isRealTitle('Related stories')).toBe(false);
    expect(isRealTitle('Sur le même sujet, la Bretagne vote')).toBe(true);
    expect(isRealTitle('Breaking: the harbour bridge reopens')).toBe(true);
    expect(isRealTitle('mot '.repeat(80))).toBe(false);
  });

  it('rejects a link to a section or a topic named after "More in"', () => {
    expect(isRealTitle('More in Harbour Strike Inquiry')).toBe(false);
    expect(isRealTitle('Plus de Culture')).toBe(false);
    expect(isRealTitle('Mehr aus Ostholstein')).toBe(false);
    expect(isRealTitle('More in Common poll finds voters split on the harbour')).toBe(true);
  });
});

describe('betterTitle', () => {
  it('prefers a heading to link text to a title attribute to an image alt', () => {
    const alt = { text: 'Logo de la marque sur fond bleu', source: 'alt' as const };
    const text = { text: 'Un titre plus court', source: 'text' as const };
    const heading = { text: 'Le titre de l’article', source: 'heading' as const };
    expect(betterTitle(alt, text)).toBe(text);
    expect(betterTitle(heading, text)).toBe(heading);
    expect(betterTitle(null, alt)).toBe(alt);
  });
});

describe('isTeaser', () => {
  it('tells a teaser of two sentences from a headline of one', () => {
    expect(isTeaser('Do ferries run on time? We looked at a year of departures and found out.')).toBe(true);
    expect(isTeaser('Ferry strike ends. Talks resume on Monday.')).toBe(true);
    expect(isTeaser('Do ferries run on time?')).toBe(false);
    expect(isTeaser('Ferry strike: 3.5% pay rise agreed after talks')).toBe(false);
  });

  it('takes a long sentence closed by a full stop for a teaser, not a short one or a cut headline', () => {
    expect(isTeaser('This piece looks at the engines and the ports that would have to change first.')).toBe(
      true,
    );
    expect(isTeaser('Ferry strike ends.')).toBe(false);
    expect(isTeaser('Ferry operators and dockers agree on a new pay deal for the winter season...')).toBe(
      false,
    );
  });

  it('makes a card’s headline win over its longer teaser linked to the same story', () => {
    const headline = { text: 'Do ferries run on time?', source: 'text' as const };
    const teaser = {
      text: 'Do ferries run on time? We looked at a year of departures.',
      source: 'text' as const,
    };
    expect(betterTitle(teaser, headline)).toBe(headline);
    expect(betterTitle(headline, teaser)).toBe(headline);
    const cut = { text: 'Ferry strike ends after…', source: 'text' as const };
    const whole = { text: 'Ferry strike ends after three weeks', source: 'text' as const };
    expect(betterTitle(cut, whole)).toBe(whole);
  });
});
