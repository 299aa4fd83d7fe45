import { describe, expect, it } from 'vitest';
import { collectLinkCandidates } from '@/utils/article/related';
import { linkTitles } from '@/utils/article/related/link-title';
import { storyTitle } from '@/utils/article/related/story-title';
import type { SourcedTitle } from '@/utils/article/related/title-rules';
import { page } from './helpers';

const text = (t: string): SourcedTitle => ({ text: t, source: 'text' });
const alt = (t: string): SourcedTitle => ({ text: t, source: 'alt' });
const attr = (t: string): SourcedTitle => ({ text: t, source: 'attr' });
const heading = (t: string): SourcedTitle => ({ text: t, source: 'heading' });
const link = (...options: SourcedTitle[]) => ({ best: options[0] ?? null, options, kicker: '', short: [] });

const HEADLINE = 'Can ferries run on hydrogen by next spring?';
const TEASER = 'This piece looks at the engines, the fuel and the ports that would have to change first';

describe('storyTitle', () => {
  it('takes the text the picture repeats over a longer one-sentence teaser', () => {
    expect(storyTitle([link(alt(HEADLINE)), link(text(HEADLINE)), link(text(TEASER))])?.text).toBe(HEADLINE);
  });

  it('takes a text its own title attribute repeats', () => {
    expect(storyTitle([link(text(TEASER)), link(text(HEADLINE), attr(HEADLINE))])?.text).toBe(HEADLINE);
  });

  it('does not count an alt and a title of one picture link that repeat each other', () => {
    const caption = 'Harbour cranes at dusk over the quay';
    expect(storyTitle([link(alt(caption), attr(caption)), link(text(HEADLINE))])?.text).toBe(HEADLINE);
  });

  it('still prefers a heading, and the longer text when nothing is repeated', () => {
    expect(storyTitle([link(alt(TEASER)), link(text(TEASER)), link(heading(HEADLINE))])?.text).toBe(HEADLINE);
    expect(storyTitle([link(text('Ferries on hydrogen')), link(text(HEADLINE))])?.text).toBe(HEADLINE);
  });
});

describe('collectLinkCandidates on a card with a headline link and a teaser link', () => {
  it('titles the story with its headline, the one the lazy picture alt repeats', () => {
    const card = (path: string, title: string, teaser: string) => `<li><div class="c1">
      <figure><a href="${path}"><lazy-image alt="${title}" src="/p.jpg"></lazy-image></a></figure>
      <div><a class="c2" href="${path}">${title}</a>
      <div><span>Written by <a href="/team">Ann Lee</a></span></div>
      <p><a class="c3" href="${path}">${teaser}</a></p><a href="${path}">READ MORE</a></div></div></li>`;
    const doc = page(`<main><article><h1>Ferries go green</h1><p>Body text of the story.</p></article>
      <section><h2>Read this next</h2><ul>
      ${card('/ferry/can-ferries-run-on-hydrogen-by-next-spring', HEADLINE, `${TEASER}.`)}
      ${card('/ferry/how-ports-plug-in-electric-ferries', 'How ports plug in electric ferries', 'We visited three ports and asked how they charge the ferries at night.')}
      </ul></section></main>`);
    const titles = collectLinkCandidates(doc, 'https://news.example/ferry/green').map((c) => c.title);
    expect(titles).toEqual([HEADLINE, 'How ports plug in electric ferries']);
  });
});

describe('linkTitles', () => {
  it('gives what the link itself says as witnesses, not the heading of the list around it', () => {
    const doc = page(
      `<section><h3>Keep reading here</h3><a href="/ferry/x"><img alt="Hydrogen ferry at the quay in spring"></a></section>`,
    );
    const a = doc.querySelector('a') as Element;
    const titles = linkTitles(a, doc.querySelector('section'));
    expect(titles.options.map((o) => o.source)).toEqual(['alt']);
  });
});

describe('collectLinkCandidates keeps a card’s kicker apart from its title', () => {
  it('gives the overline as the kicker', () => {
    const doc = page(`<main><article><h1>Ferries go green</h1><p>Body text of the story.</p></article>
      <section><h2>Read this next</h2><a href="/ferry/crews-vote-to-strike-over-the-winter-timetable">
      <span class="c-overline">Harbour dispute</span><span class="c-headline">Crews vote to strike over the timetable</span></a></section></main>`);
    const [story] = collectLinkCandidates(doc, 'https://news.example/ferry/green');
    expect([story?.title, story?.kicker]).toEqual([
      'Crews vote to strike over the timetable',
      'Harbour dispute',
    ]);
  });
});

describe('a headline of two short words', () => {
  const card = (path: string, title: string, alt: string, teaser: string) => `<div class="item">
    <a href="${path}"><img alt="${alt}" src="/p.jpg"></a>
    <h3><a href="${path}">${title}</a></h3>
    <p><a href="${path}">${teaser}</a></p></div>`;
  const TEASER_TEXT =
    'Ferries crossed the bay all winter, and the crews tell of storms, of late nights and of the quiet mornings after';

  it('is the title when the picture alt repeats the heading, over a teaser', () => {
    const doc = page(`<main><article><h1>Ferries go green</h1><p>Body text of the story.</p></article>
      <section><h2>Read this next</h2>${card('/2024/05/02/winter-crossings', 'Cold crossings', 'Cold crossings', TEASER_TEXT)}
      ${card('/2024/05/01/night-ferry', 'Night ferry', 'Photo of a ferry at night', TEASER_TEXT.replace('winter', 'spring'))}
      </section></main>`);
    const titles = collectLinkCandidates(doc, 'https://news.example/ferry/green').map((c) => c.title);
    expect(titles[0]).toBe('Cold crossings');
    // Said once only: the heading is too short to trust, the teaser stays.
    expect(titles[1]).toContain('Ferries crossed the bay all spring');
  });
});
