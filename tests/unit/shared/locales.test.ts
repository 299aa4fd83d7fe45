/**
 * The two UI catalogues (public/_locales/{en,fr}/messages.json) say the same things: the same message names,
 * none empty, the same placeholders, each placeholder declared; and every `__MSG_name__` the manifest or a
 * page asks for exists in both. (Calls to `t()` are checked by the type-checker against the English names.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES = ['en', 'fr'] as const;

type Catalogue = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, unknown> }
>;

const catalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));

/** Placeholder names a message uses (`$NAME$`, not the positional `$1`), lower-cased as Chrome matches them. */
const placeholdersIn = (message: string) =>
  [...message.matchAll(/\$([A-Za-z_][A-Za-z0-9_@]*)\$/g)].map((m) => (m[1] as string).toLowerCase()).sort();

/** Problems of `other` against the reference catalogue `ref` (both directions for names). */
/** Plural categories one language has and the other lacks (French `many`): their `_category` forms are its own. */
function ownPlurals(a: string, b: string): string[] {
  const categories = (l: string) => new Intl.PluralRules(l).resolvedOptions().pluralCategories as string[];
  const [x, y] = [categories(a), categories(b)];
  return [...x.filter((c) => !y.includes(c)), ...y.filter((c) => !x.includes(c))];
}

/** A message only one language needs: a plural form of a category the other language has not. */
const isOwnPlural = (key: string, plurals: string[]) => plurals.some((c) => key.endsWith(`_${c}`));

function differences(ref: Catalogue, other: Catalogue, name: string, plurals: string[] = []): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(ref))
    if (!(key in other) && !isOwnPlural(key, plurals)) problems.push(`${name} lacks "${key}"`);
  for (const key of Object.keys(other))
    if (!(key in ref) && !isOwnPlural(key, plurals))
      problems.push(`${name} has "${key}" that the other lacks`);
  for (const [key, entry] of Object.entries(other)) {
    if (!entry.message?.trim()) problems.push(`${name} "${key}" is empty`);
    const used = placeholdersIn(entry.message ?? '');
    const declared = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase());
    for (const p of used) if (!declared.includes(p)) problems.push(`${name} "${key}" uses $${p}$ undeclared`);
    const refEntry = ref[key];
    if (refEntry && used.join() !== placeholdersIn(refEntry.message).join())
      problems.push(
        `${name} "${key}" has placeholders ${used} where the other has ${placeholdersIn(refEntry.message)}`,
      );
  }
  return problems;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('UI strings in English and French', () => {
  const [en, fr] = LOCALES.map(catalogue) as [Catalogue, Catalogue];

  it('have the same messages, none empty, with the same declared placeholders', () => {
    expect(differences(en, fr, 'fr', ownPlurals('fr', 'en'))).toEqual([]);
    expect(differences(fr, en, 'en', ownPlurals('fr', 'en'))).toEqual([]);
  });

  it('hold every __MSG_name__ the manifest and pages ask for', () => {
    const files = [join(ROOT, 'wxt.config.ts'), ...sources(join(ROOT, 'entrypoints'))];
    const wanted = new Set(
      files.flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string),
      ),
    );
    expect(wanted.size).toBeGreaterThan(0);
    for (const [locale, messages] of [
      ['en', en],
      ['fr', fr],
    ] as const)
      expect([...wanted].filter((k) => !(k in messages)).map((k) => `${locale}: ${k}`)).toEqual([]);
  });

  it('fail when a message is missing, empty or loses a placeholder in one language', () => {
    const ref: Catalogue = {
      a: { message: 'Hello $NAME$', placeholders: { name: { content: '$1' } } },
      b: { message: 'Bye' },
    };
    expect(differences(ref, { a: ref.a as Catalogue[string] }, 'x')).toEqual(['x lacks "b"']);
    expect(differences(ref, { ...ref, b: { message: ' ' } }, 'x')).toEqual(['x "b" is empty']);
    const lost = differences(ref, { ...ref, a: { message: 'Bonjour', placeholders: { name: {} } } }, 'x');
    expect(lost).toHaveLength(1);
    const undeclared = differences(ref, { ...ref, a: { message: 'Bonjour $NAME$' } }, 'x');
    expect(undeclared).toEqual(['x "a" uses $name$ undeclared']);
  });
});
