import { describe, expect, it } from 'vitest';
import { trimLinkLists } from '@/utils/article/extract/trim-link-lists';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

function trimmed(body: string): string {
  const doc = parseHtmlWithLinkedom(
    `<html><body><div id="r">${body}</div></body></html>`,
    'https://x.example/',
  );
  const root = doc.getElementById('r') as Element;
  trimLinkLists(root);
  return root.innerHTML;
}

describe('trimLinkLists', () => {
  it('removes a line that is one link in capitals, keeps a link line in mixed case', () => {
    const html = trimmed(
      '<p>The actor thanked the fans on Sunday.</p>' +
        '<p><strong><a href="/s">HARBOUR MAYOR VOTED OFF THE DANCE SHOW</a></strong></p>' +
        '<p>The vote closed at nine, said the host.</p><p><a href="/r">Full results of the vote</a></p>' +
        '<p>Closing prose, with more of the evening told at length.</p>',
    );
    expect(html).toBe(
      '<p>The actor thanked the fans on Sunday.</p><p>The vote closed at nine, said the host.</p>' +
        '<p><a href="/r">Full results of the vote</a></p><p>Closing prose, with more of the evening told at length.</p>',
    );
  });

  it('removes a run of link-only paragraphs and its short lead-in', () => {
    const html = trimmed(
      '<p>Body text with <a href="/a">a link</a> inside a real sentence.</p><p>You may also like...</p>' +
        '<p><a href="/1">First other story</a></p><p><a href="/2">Second other story</a></p><p>Closing prose.</p>',
    );
    expect(html).toBe(
      '<p>Body text with <a href="/a">a link</a> inside a real sentence.</p><p>Closing prose.</p>',
    );
  });

  it('removes the lead-in of a list of links when it is inline markup on its own line, keeps a word in a sentence', () => {
    const html = trimmed(
      '<p>The mill reopened on Saturday, watched by half the village.</p>' +
        '<section><span>More on mills</span><ul><li><a href="/1">First other story</a></li>' +
        '<li><a href="/2">Second other story</a></li></ul></section>' +
        '<p>Prose with <strong>bold words</strong> and a sentence after them.</p>',
    );
    expect(html).toBe(
      '<p>The mill reopened on Saturday, watched by half the village.</p><section></section>' +
        '<p>Prose with <strong>bold words</strong> and a sentence after them.</p>',
    );
  });

  it('removes link-only lists but keeps a single link paragraph and lists of prose', () => {
    const html = trimmed(
      '<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul><p>Prose between.</p>' +
        '<p><a href="/only">Only link</a></p>' +
        '<ul><li>First point, with <a href="/s">a source</a>.</li><li>Second point.</li></ul>',
    );
    expect(html).toBe(
      '<p>Prose between.</p><p><a href="/only">Only link</a></p><ul><li>First point, with <a href="/s">a source</a>.</li><li>Second point.</li></ul>',
    );
  });

  it('removes a labelled teaser paragraph but keeps a bare link and a citing sentence', () => {
    const html = trimmed(
      '<p>The mayor opened the new bridge on Friday.</p>' +
        '<p><strong>Read also:</strong> <a href="/b">Bridge tolls to be scrapped next year</a></p>' +
        '<h3>LEA TAMBIÉN: <a href="/c">Obras en el puerto hasta marzo</a></h3>' +
        '<p><a href="/results">Full results of the vote</a></p>' +
        '<p>The plan, <a href="/plan">published in May</a>, was approved.</p>',
    );
    expect(html).toBe(
      '<p>The mayor opened the new bridge on Friday.</p><p><a href="/results">Full results of the vote</a></p>' +
        '<p>The plan, <a href="/plan">published in May</a>, was approved.</p>',
    );
  });

  it('removes a grid of story cards but keeps a single card-like section', () => {
    const card = (n: number) =>
      `<article><h2><a href="/s${n}">Other story number ${n}</a></h2><p>A line of teaser text.</p></article>`;
    const prose =
      '<p>The harbour will be dredged in June, the port authority said, for the first time in ten years.</p>' +
      '<p>Ferries will use the north quay while the work goes on, and the fish market will open an hour later.</p>';
    expect(trimmed(`${prose}${card(1)}${card(2)}${card(3)}`)).toBe(prose);
    expect(trimmed(`${prose}${card(1)}${prose}`)).toBe(`${prose}${card(1)}${prose}`);
  });

  it('never removes more than half of the article (a page that is a list of links stays)', () => {
    const item = (n: number) =>
      `<li><p><a href="/l${n}">A link worth reading, number ${n}</a></p><p>via a blog</p></li>`;
    const html = `<p>Links of the week.</p><ul>${item(1)}${item(2)}${item(3)}</ul>`;
    expect(trimmed(html)).toBe(html);
  });

  it('removes a link alone on its line under a label, the two-line form of a teaser', () => {
    const prose = '<p>The orchard will open its gates to pickers on Saturday, the owners said.</p>';
    const html = trimmed(
      `${prose}<p>You might also like:</p><p><a href="/p">Pear harvest starts early</a></p>${prose}${prose}`,
    );
    expect(html).toBe(`${prose}${prose}${prose}`);
  });

  it('removes a paragraph of links one per line, with its lead-in, but keeps a sentence citing two sources', () => {
    const prose = '<p>The orchard will open its gates to pickers on Saturday, the owners said on Friday.</p>';
    const links =
      '<p><strong>DON\'T MISS</strong></p><p><a href="/a">Pear harvest starts early</a> [VIDEO]<br><a href="/b">Cider festival moves to June</a> [PICS]</p>';
    const citing =
      '<p>Both <a href="/r1">the council</a> and <a href="/r2">the growers</a> welcomed the plan,<br>which starts next week after a long wait.</p>';
    expect(trimmed(`${prose}${links}${prose}${citing}`)).toBe(`${prose}${prose}${citing}`);
  });

  it('removes an unlabelled story card (picture and headline one link) between paragraphs, keeps the subheading before it', () => {
    const html = trimmed(
      '<p>The night ferry returns in May, the operator said.</p><h2>New timetable</h2>' +
        '<div class="x9"><a href="/other-story"><img src="/c.jpg"><span>Bakery on the pier closes after forty years</span></a></div>' +
        '<p>The first sailing leaves the harbour at eleven.</p>',
    );
    expect(html).not.toContain('Bakery on the pier');
    expect(html).toContain('New timetable');
    expect(html).toContain('first sailing');
  });

  it('keeps a picture linked to its larger file with a caption, and a card whose text is not all link', () => {
    const html = trimmed(
      '<p>The night ferry returns in May, the operator said.</p>' +
        '<div><a href="/big.jpg"><img src="/p.jpg"></a><span>The old pier in March.</span></div>' +
        '<div><a href="/map"><img src="/m.jpg">Map of the crossing</a> drawn by the harbour office.</div>' +
        '<p>The first sailing leaves the harbour at eleven.</p>',
    );
    expect(html).toContain('The old pier in March.');
    expect(html).toContain('Map of the crossing');
  });
});
