import { describe, expect, it } from 'vitest';
import { chooseHeadline, withoutAffixes } from '@/utils/article/extract/headline';

const base = {
  headings: [],
  siteName: 'Harbour Gazette',
  byline: 'Jo Hart',
  host: 'www.harbourgazette.example',
};

describe('withoutAffixes', () => {
  it('keeps a closing quotation mark, which is no separator', () => {
    expect(withoutAffixes('« Nous resterons » | Harbour Gazette', { ...base, candidates: [] })).toBe(
      '« Nous resterons »',
    );
    expect(
      withoutAffixes('Le maire : « Nous resterons » - Harbour Gazette', { ...base, candidates: [] }),
    ).toBe('Le maire : « Nous resterons »');
  });

  it('removes the site or the author at either end', () => {
    expect(withoutAffixes('Port strike ends | Harbour Gazette', { ...base, candidates: [] })).toBe(
      'Port strike ends',
    );
    expect(withoutAffixes('Port strike ends - Jo Hart - Harbour Gazette', { ...base, candidates: [] })).toBe(
      'Port strike ends',
    );
    expect(withoutAffixes('HarbourGazette :: Port strike ends', { ...base, candidates: [] })).toBe(
      'Port strike ends',
    );
    expect(withoutAffixes('Weekly edition for March 26 [HarbourGazette]', { ...base, candidates: [] })).toBe(
      'Weekly edition for March 26',
    );
  });

  it('keeps a headline word that makes the site’s word part of a compound, and cuts the site itself', () => {
    const hafen = { ...base, siteName: 'DER HAFEN', host: 'www.hafen.example', candidates: [] };
    expect(withoutAffixes('Hafen-Affäre - Wie alles begann | DER HAFEN', hafen)).toBe(
      'Hafen-Affäre - Wie alles begann',
    );
    expect(withoutAffixes('Wie alles begann - Hafenstreik', hafen)).toBe('Wie alles begann - Hafenstreik');
    // The site's word alone, with a domain or a news word glued on, is the site.
    expect(withoutAffixes('Wie alles begann - HAFEN ONLINE', hafen)).toBe('Wie alles begann');
    expect(withoutAffixes('Wie alles begann - Hafen-Online', hafen)).toBe('Wie alles begann');
    expect(withoutAffixes('Wie alles begann | hafen.example', hafen)).toBe('Wie alles begann');
  });

  it('reads a box-drawing or full-width bar as a separator', () => {
    expect(withoutAffixes('Port strike ends │ Harbour Gazette', { ...base, candidates: [] })).toBe(
      'Port strike ends',
    );
    expect(withoutAffixes('Port strike ends ｜ Harbour Gazette', { ...base, candidates: [] })).toBe(
      'Port strike ends',
    );
  });

  it('removes a date standing alone at either end', () => {
    expect(withoutAffixes('23.01.2022 - Port strike ends', { ...base, candidates: [] })).toBe(
      'Port strike ends',
    );
    expect(withoutAffixes('Port strike ends | 5 March 2024', { ...base, candidates: [] })).toBe(
      'Port strike ends',
    );
    expect(withoutAffixes('Port strike ends - March 2024 talks', { ...base, candidates: [] })).toBe(
      'Port strike ends - March 2024 talks',
    );
  });

  it('removes a blog template’s label with the site, not those words inside the headline', () => {
    expect(
      withoutAffixes('Harbour Gazette » Blog Archive » Port strike ends', { ...base, candidates: [] }),
    ).toBe('Port strike ends');
    expect(withoutAffixes('Our blog archive moves - Harbour Gazette', { ...base, candidates: [] })).toBe(
      'Our blog archive moves',
    );
  });

  it('drops a separator left at the end by an empty site slot, not a sign inside the title', () => {
    expect(withoutAffixes('Port strike ends |', { ...base, candidates: [] })).toBe('Port strike ends');
    expect(withoutAffixes('Port strike ends -', { ...base, candidates: [] })).toBe('Port strike ends');
    expect(withoutAffixes('Is the port strike over?', { ...base, candidates: [] })).toBe(
      'Is the port strike over?',
    );
    expect(withoutAffixes('Port strike: day 3', { ...base, candidates: [] })).toBe('Port strike: day 3');
  });

  it('keeps a part that names neither', () => {
    expect(withoutAffixes('Hating millennials - the prejudice of the day', { ...base, candidates: [] })).toBe(
      'Hating millennials - the prejudice of the day',
    );
  });
});

describe('chooseHeadline', () => {
  it('skips a candidate no other source agrees with (a CMS placeholder)', () => {
    expect(
      chooseHeadline({
        ...base,
        candidates: [
          'escenic',
          'Plumber jailed after boiler death',
          'Plumber jailed after boiler death | Harbour Gazette',
        ],
        headings: ['Plumber jailed after boiler death'],
      }),
    ).toBe('Plumber jailed after boiler death');
  });

  it('skips the site’s generic title, even repeated by two metadata fields, for the page’s own', () => {
    const generic = 'Harbour Gazette - Latest news and headlines';
    expect(
      chooseHeadline({
        ...base,
        candidates: [generic, generic],
        documentTitle: 'Ship breaks up off the coast',
        headings: ['Ship breaks up off the coast'],
      }),
    ).toBe('Ship breaks up off the coast');
  });

  it('uses the <h1> when it is the same headline without a label', () => {
    expect(
      chooseHeadline({
        ...base,
        candidates: ['Opinion | Republicans are following the leader nowhere'],
        headings: ['Republicans are following the leader nowhere'],
      }),
    ).toBe('Republicans are following the leader nowhere');
  });

  it('falls back to an <h1>, then null', () => {
    expect(chooseHeadline({ ...base, candidates: [null, ''], headings: ['Port strike ends'] })).toBe(
      'Port strike ends',
    );
    expect(chooseHeadline({ ...base, candidates: [], headings: [] })).toBeNull();
  });
});

describe('chooseHeadline: a cut title and a name after the <h1>', () => {
  it('takes the full form of a title cut with an ellipsis', () => {
    const full = 'Port strike ends after three weeks of talks with the harbour board';
    expect(
      chooseHeadline({
        ...base,
        candidates: ['Port strike ends after three weeks of talks with the...'],
        headings: [full],
      }),
    ).toBe(full);
    // A title with nothing longer to complete it stays as it is.
    expect(
      chooseHeadline({ ...base, candidates: ['Port strike ends after three weeks…'], headings: [] }),
    ).toBe('Port strike ends after three weeks…');
  });

  it('removes a name the page gives itself besides the host’s, as in another script', () => {
    expect(
      withoutAffixes('Port strike ends - 港口日报', {
        ...base,
        siteName: 'harbourgazette.example',
        siteNames: ['港口日报'],
        candidates: [],
      }),
    ).toBe('Port strike ends');
  });

  it('reads a single angle quote as a separator', () => {
    expect(withoutAffixes('Port strike ends › Harbour Gazette', { ...base, candidates: [] })).toBe(
      'Port strike ends',
    );
  });

  it('leaves out a short name the title puts after the <h1>, with or without spaces', () => {
    expect(
      chooseHeadline({
        ...base,
        siteName: null,
        candidates: [],
        documentTitle: '王小明_百科',
        headings: ['王小明'],
      }),
    ).toBe('王小明');
    expect(
      chooseHeadline({
        ...base,
        siteName: null,
        candidates: [],
        documentTitle: 'Tide tables - Hafenblatt',
        headings: ['Tide tables'],
      }),
    ).toBe('Tide tables');
    // Words of a sentence after the separator are the headline's.
    expect(
      chooseHeadline({
        ...base,
        siteName: null,
        candidates: [],
        documentTitle: 'Tide tables - what they tell',
        headings: ['Tide tables'],
      }),
    ).toBe('Tide tables - what they tell');
  });
});

describe('chooseHeadline: the site’s own <h1> in the title', () => {
  it('takes the story’s <h1> beside the site’s, whose name holds a separator', () => {
    const page = {
      ...base,
      siteName: 'harbourgazette.example',
      candidates: [],
      documentTitle: 'Tide tables | Harbour Gazette – Webcomic',
    };
    expect(chooseHeadline({ ...page, headings: ['Harbour Gazette – Webcomic', 'Tide tables'] })).toBe(
      'Tide tables',
    );
    // Without the story's heading, what is left is not known to be the story.
    expect(chooseHeadline({ ...page, headings: ['Harbour Gazette – Webcomic'] })).not.toBe('Tide tables');
  });
});
