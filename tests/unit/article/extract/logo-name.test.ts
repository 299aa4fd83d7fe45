import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { logoName } from '@/utils/article/extract/logo-name';
import { chooseSiteName } from '@/utils/article/extract/site-name';

const logo = (body: string): string | null =>
  logoName(parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document);

describe('logoName', () => {
  it('reads the alt text of the logo or of the home link’s picture, without what the link does', () => {
    expect(logo('<img src="/img/logo.gif" alt="Harbour Post">')).toBe('Harbour Post');
    expect(logo('<a href="/"><img src="/m.png" alt="Harbour Post"></a>')).toBe('Harbour Post');
    expect(logo('<img class="site-logo" src="/m.png" alt="Harbour Post (Link zur Startseite)">')).toBe(
      'Harbour Post',
    );
    expect(logo('<img src="/logo.png" alt="Startseite Harbour Post">')).toBe('Harbour Post');
  });

  it('names nothing for an alt that says what the picture is, or a picture that is no logo', () => {
    expect(logo('<img src="/logo.png" alt="Logo">')).toBeNull();
    expect(logo('<img src="/logo.png" alt="harbourlogo">')).toBeNull();
    expect(logo('<img src="/photo.jpg" alt="The harbour at dawn">')).toBeNull();
    expect(
      logoName(
        parseHTML(
          '<html><head><title>Port strike ends – Harbour Post</title></head><body><img src="/logo.svg" alt="Port strike ends – Harbour Post"></body></html>',
        ).document as unknown as Document,
      ),
    ).toBeNull();
  });
});

describe('chooseSiteName: the logo', () => {
  it('names the site by its logo rather than its host, when the logo matches the host', () => {
    expect(chooseSiteName([], 'Port strike ends', 'www.harbourpost.example', 'Harbour Post')).toBe(
      'Harbour Post',
    );
    expect(
      chooseSiteName(['harbourpost.example'], 'Port strike ends', 'www.harbourpost.example', 'Harbour Post'),
    ).toBe('Harbour Post');
    // A logo that is not the site's (a flag, a partner) and a name the metadata writes out stay out of it.
    expect(chooseSiteName([], 'Port strike ends', 'www.harbourpost.example', 'Union Flag')).toBe(
      'harbourpost.example',
    );
    expect(chooseSiteName(['The Harbour Post'], 'Port strike ends', 'harbourpost.example', 'Harbour')).toBe(
      'The Harbour Post',
    );
  });
});
