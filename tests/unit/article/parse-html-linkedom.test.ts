import { describe, expect, it } from 'vitest';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const parse = (html: string) => parseHtmlWithLinkedom(html, 'https://x.example/');

describe('parseHtmlWithLinkedom', () => {
  it('moves output printed before <html> (a server warning) into the body instead of losing the page', () => {
    const doc = parse(
      '<br><b>Warning</b>: cannot connect<br><!doctype html><html lang="de"><head><title>T</title></head><body><p>Article.</p></body></html>',
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.title).toBe('T');
    expect(doc.body.textContent).toContain('Article.');
    expect(doc.body.textContent).toContain('Warning');
  });

  it('drops <html> and <body> tags repeated inside the page, keeping their content in place', () => {
    const doc = parse(
      '<html><head></head><body><div id="post"><html><body><p>Pasted.</p></body></html><p>After.</p></div></body></html>',
    );
    expect(doc.querySelectorAll('html')).toHaveLength(1);
    expect(doc.getElementById('post')?.textContent).toBe('Pasted.After.');
  });

  it('keeps content written after </html> and a body that is only implied', () => {
    expect(parse('<html><head></head><body><p>In.</p></body></html><p>Tail.</p>').body.textContent).toBe(
      'In.Tail.',
    );
    expect(
      parse('<html lang="fr"><head><title>T</title></head><p>No body tag.</p></html>').body.textContent,
    ).toBe('No body tag.');
  });

  it('is not misled by skeleton tags in comments or scripts', () => {
    const doc = parse(
      '<!doctype html><!--[if IE 8]><html class="ie8"><![endif]--><!--[if gt IE 8]><!--><html lang="en"><!--<![endif]-->' +
        '<head><script>var s = \'<body onload="x()">\';</script></head><body class="real"><p>Text.</p></body></html>',
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.body.getAttribute('class')).toBe('real');
    expect(doc.body.textContent).toBe('Text.');
  });

  it('gives a fragment the skeleton a browser would infer', () => {
    expect(parse('<p>Only a fragment.</p>').body.textContent).toBe('Only a fragment.');
  });
});
