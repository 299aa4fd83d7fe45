import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HTMLPARSER2_PATCH } from '@/utils/cli/htmlparser2-patches';

const MODULES = resolve(import.meta.dirname, '../../../node_modules');
const TOKENIZER = 'dist/esm/Tokenizer.js';

type Calls = unknown[][];
type TokenizerClass = new (
  options: { xmlMode?: boolean; decodeEntities?: boolean },
  callbacks: object,
) => { write(chunk: string): void; end(): void };

/** The installed (patched) tokenizer, and the same file with the edits taken back out, next to each other. */
async function tokenizers(): Promise<[TokenizerClass, TokenizerClass]> {
  let source = readFileSync(join(MODULES, 'htmlparser2', TOKENIZER), 'utf8');
  for (const { file, find, replace } of HTMLPARSER2_PATCH.edits) {
    if (file === TOKENIZER) source = source.replace(replace, () => find);
  }
  const dir = mkdtempSync(join(tmpdir(), 'liseuse-tokenizer-'));
  symlinkSync(MODULES, join(dir, 'node_modules'));
  // Without its source map comment: the map sits next to the original only.
  writeFileSync(join(dir, 'unpatched.mjs'), source.replace(/^\/\/# sourceMappingURL=.*$/m, ''));
  const patched = await import(pathToFileURL(join(MODULES, 'htmlparser2', TOKENIZER)).href);
  const unpatched = await import(pathToFileURL(join(dir, 'unpatched.mjs')).href);
  return [patched.default, unpatched.default];
}

/** Every callback the tokenizer makes on `html`, with its arguments. */
function calls(Tokenizer: TokenizerClass, html: string, xmlMode = false): Calls {
  const seen: Calls = [];
  const callbacks = new Proxy(
    {},
    {
      get:
        (_, name) =>
        (...args: unknown[]) =>
          seen.push([name, ...args]),
    },
  );
  const tokenizer = new Tokenizer({ xmlMode, decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return seen;
}

const PIECES = [
  '<p class="a &amp; b">',
  "<a href='x?y=1&z=2'>",
  '<img alt=bare&lt;>',
  'text ',
  '&eacute;',
  '&',
  '&#x41;',
  '</p>',
  '</a>',
  '<script>if (a < b && c) x = "</scr";</script>',
  '<style>p>a{}</style>',
  '<title>T &amp; U</title>',
  '<!-- note <b> -- -->',
  '<![CDATA[ x ]]>',
  '<textarea>&lt;</textarea>',
  '<br/>',
  '<?php x ?>',
  '<!doctype html>',
  '"',
  "'",
  '<',
  '>',
  ' ',
  '\n',
  '=',
];

describe('the patched htmlparser2 tokenizer', () => {
  it('makes the same calls as the unpatched one, on tricky and random markup', async () => {
    const [patched, unpatched] = await tokenizers();
    const pages = [
      '',
      'plain text',
      'a & b',
      '<p title="open',
      '<p>cut &am',
      '<script>never closed',
      ...PIECES,
    ];
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 400; i++) {
      pages.push(Array.from({ length: 1 + (next() % 20) }, () => PIECES[next() % PIECES.length]).join(''));
    }
    for (const html of pages) {
      expect(calls(patched, html), html).toEqual(calls(unpatched, html));
      expect(calls(patched, html, true), html).toEqual(calls(unpatched, html, true));
    }
  });
});
