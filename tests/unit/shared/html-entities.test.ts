import { describe, expect, it } from 'vitest';
import { decodeEntities } from '@/utils/shared/html-entities';

describe('decodeEntities', () => {
  it('decodes the common named references and numeric ones', () => {
    expect(decodeEntities('Tom &amp; Jo &#8211; &#x2d; &quot;yes&quot;')).toBe('Tom & Jo – - "yes"');
  });

  it('decodes accented Latin letters by name', () => {
    expect(decodeEntities('Redacci&oacute;n, &Uuml;ber, gar&ccedil;on, Stra&szlig;e, &Aring;s')).toBe(
      'Redacción, Über, garçon, Straße, Ås',
    );
  });

  it('keeps a reference it does not know as written', () => {
    expect(decodeEntities('&qacute; &unknown; a&b')).toBe('&qacute; &unknown; a&b');
  });
});
