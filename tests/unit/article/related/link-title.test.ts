import { describe, expect, it } from 'vitest';
import { headlineText, linkTitle } from '@/utils/article/related/link-title';
import { page } from './helpers';

const anchorIn = (html: string): Element => {
  const a = page(html).querySelector('a');
  if (!a) throw new Error('no link');
  return a;
};
const titleOf = (html: string, item?: string) => {
  const doc = page(html);
  const a = doc.querySelector('a') as Element;
  return linkTitle(a, item ? doc.querySelector(item) : null)?.text ?? null;
};

describe('headlineText', () => {
  it('leaves out dates, bylines, counters and kickers inside a card', () => {
    const a = anchorIn(`<a href="/x"><span class="kicker">Reportage</span>
      <div class="card__title">Harbour strike ends after talks <div class="card__author">Jane Doe</div></div>
      <div class="card__meta"><time>22 August 2019</time></div><span class="rank">3</span></a>`);
    expect(headlineText(a)).toBe('Harbour strike ends after talks');
  });

  it('adds no space inside a word split by inline markup', () => {
    expect(headlineText(anchorIn('<a href="/x">Michi no eki<em>:</em> the rest areas</a>'))).toBe(
      'Michi no eki: the rest areas',
    );
  });
});

describe('linkTitle', () => {
  it('takes the headline, not a kicker set as a heading before it', () => {
    expect(
      titleOf(`<a href="/x"><div class="story-body"><h3 class="kicker">THE HARBOUR FILES</h3>
        <h2 class="headline"><span class="title">Dockers vote to end the strike</span>
        <time>AUG. 9, 2008</time></h2></div></a>`),
    ).toBe('Dockers vote to end the strike');
  });

  it('takes the heading of a title box, not the kicker set beside it', () => {
    expect(
      titleOf(`<a href="/x"><div class="title"><div class="txt"><strong>Gas</strong>
        <h4>Pipeline operator pays back 1.5 billion dollars</h4></div></div></a>`),
    ).toBe('Pipeline operator pays back 1.5 billion dollars');
  });

  it('takes the headline part of a card, not its teaser or button', () => {
    expect(
      titleOf(`<a href="/x"><div class="headline">Scientists find how memories form</div>
        <div class="excerpt">New research uncovers a key brain area.</div><div class="more">Read now</div></a>`),
    ).toBe('Scientists find how memories form');
  });

  it('takes the first block of a card without classes when the whole text is headline and teaser', () => {
    const teaser = 'A long teaser that goes on about the study and its authors '.repeat(2);
    expect(titleOf(`<a href="/x"><div>Scientists find how memories form</div><p>${teaser}</p></a>`)).toBe(
      'Scientists find how memories form',
    );
  });

  it('prefers the link to a heading that also holds a label', () => {
    expect(titleOf('<h2>More from this stream <a href="/x">WWDC news: the headset and more</a></h2>')).toBe(
      'WWDC news: the headset and more',
    );
  });

  it('takes the title attribute a card’s whole text holds with its kicker, teaser and button', () => {
    expect(
      titleOf(`<a href="/x" title="Ferry strike: talks resume on Monday"><span class="teaser-series">Ports</span>
        <span class="teaser-header">Ferry strike: talks resume on Monday</span>
        <span class="teaser-text">Unions and owners meet again.</span><span class="teaser-more">more</span></a>`),
    ).toBe('Ferry strike: talks resume on Monday');
  });

  it('keeps a heading that holds a shorter image alt', () => {
    expect(
      titleOf(
        '<div class="card"><a href="/x"><img src="p.jpg" alt="Ferry strike talks"></a><h3>Ferry strike talks resume on Monday in Leith</h3></div>',
        '.card',
      ),
    ).toBe('Ferry strike talks resume on Monday in Leith');
  });

  it('takes the card’s heading for an image link', () => {
    expect(
      titleOf(
        '<div class="card"><a href="/x"><img src="p.jpg" alt="A photo"></a><h3>Port talks collapse again</h3></div>',
        '.card',
      ),
    ).toBe('Port talks collapse again');
  });

  it('takes no title attribute that describes the page a name links to', () => {
    expect(
      titleOf('<p><a href="/lexicon/authors/hart-jo" title="Information about the author">Jo Hart</a></p>'),
    ).toBeNull();
    expect(titleOf('<p><a href="/x" title="Jo Hart wins the harbour prize again">Jo Hart</a></p>')).toBe(
      'Jo Hart wins the harbour prize again',
    );
  });

  it('uses only the title attribute of a link in running text', () => {
    const doc = page('<p>It <a href="/x" title="Port talks collapse again">collapsed twice</a> before.</p>');
    const a = doc.querySelector('a') as Element;
    expect(linkTitle(a, null, true)?.text).toBe('Port talks collapse again');
    const bare = page('<p>It <a href="/x">Collapsed Twice Before</a> then.</p>').querySelector(
      'a',
    ) as Element;
    expect(linkTitle(bare, null, true)).toBeNull();
  });

  it('takes the title attribute of a link whose words run on into a sentence, outside running text too', () => {
    const update = `<ul><li><span><a href="/x" title="Port talks collapse again">Another paper wrote about
      the dockers back in May</a></span>. More to come.</li></ul>`;
    expect(titleOf(update, 'li')).toBe('Port talks collapse again');
    const comma = `<li><a href="/x" title="Port talks collapse again">Readers wrote in to say so</a>, and
      more.</li>`;
    expect(titleOf(comma, 'li')).toBe('Port talks collapse again');
  });

  it('keeps the link’s own headline when nothing runs on after it, or its title says the same', () => {
    const card = '<li><a href="/x" title="Open the story">Dockers vote to end the strike</a> 3 min</li>';
    expect(titleOf(card, 'li')).toBe('Dockers vote to end the strike');
    const same =
      '<li><a href="/x" title="Dockers vote to end the strike">Dockers vote to end the strike</a>.</li>';
    expect(titleOf(same, 'li')).toBe('Dockers vote to end the strike');
  });

  it('rejects names, addresses and phrases as titles', () => {
    expect(titleOf('<a href="/x">Alexandria Ocasio-Cortez</a>')).toBeNull();
    expect(titleOf('<a href="/x">www.example.com</a>')).toBeNull();
    expect(titleOf('<a href="/x">announced on Sept. 30 by the firm</a>')).toBeNull();
  });
});

describe('linkTitle on a card with an overline and a cut headline', () => {
  it('leaves out the overline (Dachzeile, supratitle) and completes the cut headline from the title', () => {
    expect(
      titleOf(`<a href="/x" title="Ferry crews vote to strike over the winter timetable">
        <span class="c-title"><span class="c-overline">Harbour dispute</span>
        <span class="c-headline">Ferry crews vote to strike over the…</span></span></a>`),
    ).toBe('Ferry crews vote to strike over the winter timetable');
    expect(
      titleOf(
        `<a href="/x"><div class="dachzeile">Hafenstreit</div><div>Fährleute stimmen für einen Streik im Winter</div></a>`,
      ),
    ).toBe('Fährleute stimmen für einen Streik im Winter');
  });

  it('keeps a cut headline that no other part of the link completes', () => {
    expect(titleOf('<a href="/x" title="Harbour news">Ferry crews vote to strike over the...</a>')).toBe(
      'Ferry crews vote to strike over the...',
    );
  });
});

describe('linkTitle on a card whose teaser sits in the link', () => {
  it('leaves out a blurb, bajada or Anriss after the headline', () => {
    expect(
      titleOf(`<a href="/x"><span class="list__body"><span>Ferry crews vote to strike</span>
        <span class="list__entry-blurb">The union says talks broke down on Monday night.</span></span></a>`),
    ).toBe('Ferry crews vote to strike');
    expect(
      titleOf(
        '<a href="/x"><div>Huelga en el puerto de la ciudad</div><p class="bajada">Los estibadores paran el lunes.</p></a>',
      ),
    ).toBe('Huelga en el puerto de la ciudad');
  });
});
