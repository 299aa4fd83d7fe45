import { describe, expect, it } from 'vitest';
import { trimDangling } from '@/utils/article/extract/trim-dangling';
import { articleOf } from './helpers';

const P =
  '<p>The mill wheel turned again on Saturday for the first time since the flood, watched by half the village.</p>';

describe('trimDangling', () => {
  it('removes closing headings and labels that introduce nothing', () => {
    const root = articleOf(`${P}<h3>More on this</h3><p><strong>Read also:</strong></p>`);
    trimDangling(root);
    expect(root.innerHTML).toBe(P);
  });

  it('removes closing lines whose class names them headings', () => {
    const root = articleOf(
      `${P}<section><span class="headline headline--box">Popular topics</span></section><div class="heading-h3">More from us</div>`,
    );
    trimDangling(root);
    expect(root.textContent).toBe(articleOf(P).textContent);
  });

  it('keeps a closing sentence or a long line whatever its class', () => {
    const html = `${P}<p class="entry-title-note">The mill reopens to visitors in May.</p>`;
    const root = articleOf(html);
    trimDangling(root);
    expect(root.innerHTML).toBe(html);
  });

  it('keeps headings followed by text and a last line that ends a sentence', () => {
    const html = `<h2>The flood</h2>${P}<p>Repairs cost: less than feared.</p>`;
    const root = articleOf(html);
    trimDangling(root);
    expect(root.innerHTML).toBe(html);
  });

  it('leaves a one-line article alone', () => {
    const root = articleOf('<h2>Notes</h2>');
    trimDangling(root);
    expect(root.innerHTML).toBe('<h2>Notes</h2>');
  });

  it("removes a press release's closing contact and company sections", () => {
    const body = `${P}${P}${P}${P}`;
    const root = articleOf(
      `${body}<h3>About Millbrook Trust</h3><p>The trust looks after six mills in the valley.</p><p><strong>Press contact:</strong></p><p>Jo Bloggs, 01234 567890</p>`,
    );
    trimDangling(root);
    expect(root.innerHTML).toBe(body);
  });

  it('removes a closing section about the sender whose label names its web address', () => {
    const body = `${P}${P}${P}${P}`;
    const root = articleOf(
      `${body}<h2>About the mill portal www.mills.example.org</h2><p>Since 1999 the portal has sent the trust's news to the press.</p>`,
    );
    trimDangling(root);
    expect(root.innerHTML).toBe(body);
  });

  it('keeps an "about us" or "about" heading that is the text itself, or a long closing section', () => {
    const keep = `${P}${P}${P}${P}<h3>About us</h3><p>We are a small film company.</p>`;
    const root = articleOf(keep);
    trimDangling(root);
    expect(root.innerHTML).toBe(keep);
    const long = `${P}<h3>Contact</h3>${P}${P}${P}`;
    const other = articleOf(long);
    trimDangling(other);
    expect(other.innerHTML).toBe(long);
  });

  it('removes the comments under their heading at the end, and a sharing label anywhere', () => {
    const root = articleOf(
      `${P}<p>Teilen</p>${P}${P}${P}<h3>2 Kommentare</h3><p>Endlich! Wir kommen am Sonntag.</p><p>Schön, das Rad wieder zu sehen.</p>`,
    );
    trimDangling(root);
    expect(root.innerHTML).toBe(`${P}${P}${P}${P}`);
  });

  it('keeps a section under a comments-like heading early in the article', () => {
    const html = `${P}<h3>Comments</h3>${P}${P}${P}${P}`;
    const root = articleOf(html);
    trimDangling(root);
    expect(root.innerHTML).toBe(html);
  });

  it('removes a closing heading above a "back to top" link, and the link', () => {
    const root = articleOf(`${P}<h3>More for you</h3><a href="#">Back to top</a>`);
    trimDangling(root);
    expect(root.innerHTML).toBe(P);
  });

  it('keeps a closing line that cites a footnote of the page', () => {
    const html = `${P}<p>Smith, History of the mill, 2012, p. 426 <a href="#fn1">[1]</a></p>`;
    const root = articleOf(html);
    trimDangling(root);
    expect(root.innerHTML).toBe(html);
  });
});
