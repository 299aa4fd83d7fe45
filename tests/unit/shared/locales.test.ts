/** Both catalogues carry the same messages (French adds `_many` plural forms), with the same placeholders. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (lang: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalogue;

it('has every message in English and French', () => {
  const en = load('en');
  const fr = load('fr');
  const frKeys = Object.keys(fr).filter((k) => !k.endsWith('_many'));
  expect(frKeys.sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en))
    expect(Object.keys(fr[key]?.placeholders ?? {}).sort(), key).toEqual(
      Object.keys(en[key]?.placeholders ?? {}).sort(),
    );
});
