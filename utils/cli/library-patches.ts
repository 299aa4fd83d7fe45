/**
 * Edits applied to bundled libraries after `npm install` (utils/cli/patch-libraries.ts), so that no HTML is
 * ever parsed through `innerHTML`/`outerHTML` in the extension, which Firefox's add-on linter rejects and a
 * reviewer would have to audit. Each edit keeps the library's behaviour on the inputs Liseuse gives it, says
 * why, and names the exact version it was written for: an upgrade fails the install until it is revisited.
 */

import { HTMLPARSER2_PATCH } from './htmlparser2-patches';

/** One exact text replacement in one file of a package. */
export interface LibraryEdit {
  /** Path inside the package. */
  file: string;
  find: string;
  replace: string;
}

/** The edits of one package, at the version they were written for. */
export interface LibraryPatch {
  name: string;
  version: string;
  why: string;
  edits: LibraryEdit[];
}

const READABILITY_CACHE_FIND = `    var pageCacheHtml = page.innerHTML;
`;
const READABILITY_CACHE_REPLACE = `    // Liseuse: the page is kept as a clone for a retry, not as HTML to reparse; or, when the caller set
    // _retryOnFreshCopy, not kept at all: a retry throws that value and the caller starts again on a fresh copy.
    var pageCache = this._retryOnFreshCopy ? null : page.cloneNode(true);
`;
const READABILITY_RESTORE_FIND = `        // eslint-disable-next-line no-unsanitized/property
        page.innerHTML = pageCacheHtml;
`;
const READABILITY_RESTORE_REPLACE = `        // Liseuse: a copy of the clone comes back; the clone stays intact for the next retry.
        if (!pageCache) throw this._retryOnFreshCopy;
        page.replaceChildren(...pageCache.cloneNode(true).childNodes);
`;
const READABILITY_NOSCRIPT_FIND = `      // eslint-disable-next-line no-unsanitized/property
      tmp.innerHTML = noscript.innerHTML;
`;
const READABILITY_NOSCRIPT_REPLACE = `      // Liseuse: _isSingleImage has checked that this noscript holds parsed elements (an inert document),
      // so they are copied as nodes rather than serialised and parsed again.
      for (var child of noscript.childNodes) tmp.appendChild(child.cloneNode(true));
`;

const LINKEDOM_OUTER_FIND = `    const template = this.ownerDocument.createElement('');
    template.innerHTML = html;
`;
const LINKEDOM_OUTER_REPLACE = `    const template = this.ownerDocument.createElement('');
    setInnerHtml(template, html);
`;
const LINKEDOM_FRAGMENT_FIND = `  elem.innerHTML = html;
`;

// linkedom gives every node (element, text, attribute) its own map of event listeners in a WeakMap as it is
// built: a third of the time of parsing a news page, and much of the garbage. The analysis never listens to
// events on a parsed page, so the map is made on the first listener added instead.
const LINKEDOM_LISTENERS_EDITS: LibraryEdit[] = ['cjs', 'esm'].flatMap((dir) => [
  {
    file: `${dir}/interface/event-target.js`,
    find: '  constructor() {\n    wm.set(this, new Map);\n  }\n',
    replace:
      "  constructor() {\n    // Liseuse: the listeners' map is made when a listener is added, not for every node.\n  }\n",
  },
  {
    file: `${dir}/interface/event-target.js`,
    find: '    const map = wm.get(this);\n    if (!map.has(type)) \n',
    replace:
      '    let map = wm.get(this);\n    if (!map)\n      wm.set(this, map = new Map);\n    if (!map.has(type)) \n',
  },
  {
    file: `${dir}/interface/event-target.js`,
    find: '    const map = wm.get(this);\n    if (map.has(type)) {\n',
    replace: '    const map = wm.get(this);\n    if (map && map.has(type)) {\n',
  },
]);

// getElementsByTagName upper-cases the name of every element it passes that is not named as asked, though
// the upper-cased name of an element can never equal a name with a lower-case letter (upper-casing is
// idempotent): Readability asks it for "p", "img", "li"... on every block it weighs.
const LINKEDOM_TAG_NAME_EDITS: LibraryEdit[] = ['cjs', 'esm'].flatMap((dir) => [
  {
    file: `${dir}/mixin/parent-node.js`,
    find: '  getElementsByTagName(tagName) {\n    const elements = new NodeList;\n',
    replace:
      "  getElementsByTagName(tagName) {\n    const elements = new NodeList;\n    // Liseuse: no upper-casing when it cannot match.\n    const upper = typeof tagName === 'string' && tagName === tagName.toUpperCase();\n",
  },
  {
    file: `${dir}/mixin/parent-node.js`,
    find: '        next.localName === tagName ||\n        localCase(next) === tagName\n',
    replace: '        next.localName === tagName ||\n        (upper && localCase(next) === tagName)\n',
  },
]);

// Every querySelector(All), closest and matches compiles its selector anew: compiled tests are kept by
// selector (those naming :scope depend on the element and are still compiled each time).
const LINKEDOM_MATCH_BODY = `(element, selectors) => CSSselect.compile(
  selectors,
  {
    context: selectors.includes(':scope') ? element : void 0,
    xmlMode: !ignoreCase(element),
    adapter
  }
);
`;
const LINKEDOM_MATCH_CACHED = `(element, selectors) => {
  // Liseuse: a selector is compiled once, not on every query.
  if (selectors.includes(':scope'))
    return CSSselect.compile(selectors, {context: element, xmlMode: !ignoreCase(element), adapter});
  const xmlMode = !ignoreCase(element);
  const key = (xmlMode ? 'x' : 'h') + selectors;
  let test = compiledSelectors.get(key);
  if (!test) {
    if (compiledSelectors.size >= 1000)
      compiledSelectors.clear();
    compiledSelectors.set(key, test = CSSselect.compile(selectors, {context: void 0, xmlMode, adapter}));
  }
  return test;
};
`;
const LINKEDOM_MATCH_EDITS: LibraryEdit[] = [
  { file: 'cjs/shared/matches.js', prefix: 'const prepareMatch = ' },
  { file: 'esm/shared/matches.js', prefix: 'export const prepareMatch = ' },
].map(({ file, prefix }) => ({
  file,
  find: `${prefix}${LINKEDOM_MATCH_BODY}`,
  replace: `const compiledSelectors = new Map;\n${prefix}${LINKEDOM_MATCH_CACHED}`,
}));

// Every read of an element's class (getAttribute('class'), className) joins the tokens of its class list
// into a new string, and makes the list on the first read: the pruning rules read the class of every element
// of a page. linkedom writes the joined list back to the attribute whenever it sets the class (parsing,
// setAttribute, the className setter, every classList change), so the attribute holds the same string.
const LINKEDOM_CLASS_NAME_EDITS: LibraryEdit[] = ['cjs', 'esm'].map((dir) => ({
  file: `${dir}/interface/element.js`,
  find: '  get className() { return this.classList.value; }\n',
  replace:
    "  get className() {\n    // Liseuse: the class attribute always holds the class list's value (parse and every change write it back).\n    const attribute = this.getAttributeNode('class');\n    return attribute ? attribute.value : '';\n  }\n",
}));

// Parsing sets the class of every element that has one through the className setter, which builds its class
// list (a Set) and writes the list's value back: the attribute ends up holding each token once, in order,
// space-joined. The parser writes that value directly; the class list is built from it when first asked for.
const LINKEDOM_PARSED_CLASS_EDITS: LibraryEdit[] = ['cjs', 'esm'].map((dir) => ({
  file: `${dir}/shared/parse-from-string.js`,
  find: "  if (attribute.name === 'class')\n    element.className = value;\n",
  replace:
    "  // Liseuse: the class list's value without building the list (see className).\n  if (attribute.name === 'class' && /\\s/.test(value))\n    attribute[VALUE] = [...new Set(value.split(/\\s+/))].filter(Boolean).join(' ');\n",
}));

// An element's textContent collects its text nodes in an array and joins it: a copy of the text each read,
// though most reads are of elements holding one text node, or only want the length. Concatenation returns
// that one node's string as it is, and builds a longer text as a rope that is copied only if it is searched.
const LINKEDOM_TEXT_CONTENT_EDITS: LibraryEdit[] = ['cjs', 'esm'].map((dir) => ({
  file: `${dir}/interface/element.js`,
  find: [
    '  get textContent() {',
    '    const text = [];',
    '    let {[NEXT]: next, [END]: end} = this;',
    '    while (next !== end) {',
    '      const nodeType = next.nodeType;',
    '      if (nodeType === TEXT_NODE || nodeType === CDATA_SECTION_NODE)',
    '        text.push(next.textContent);',
    '      next = next[NEXT];',
    '    }',
    "    return text.join('');",
    '',
  ].join('\n'),
  replace: [
    '  get textContent() {',
    '    // Liseuse: concatenated, not joined from an array (see library-patches.ts).',
    "    let text = '';",
    '    let {[NEXT]: next, [END]: end} = this;',
    '    while (next !== end) {',
    '      const nodeType = next.nodeType;',
    '      if (nodeType === TEXT_NODE || nodeType === CDATA_SECTION_NODE)',
    '        text += next.textContent;',
    '      next = next[NEXT];',
    '    }',
    '    return text;',
    '',
  ].join('\n'),
}));

// `tagName` and `nodeName` upper-case the element's name on every read, a new string each time: Readability
// reads them for every node it visits. Upper-cased names are kept by name (a page has a few dozen).
const LINKEDOM_LOCAL_CASE_FIND =
  '  return ownerDocument[MIME].ignoreCase ? localName.toUpperCase() : localName;\n};\n';
const LINKEDOM_LOCAL_CASE_EDITS: LibraryEdit[] = ['cjs', 'esm'].map((dir) => ({
  file: `${dir}/shared/utils.js`,
  find: LINKEDOM_LOCAL_CASE_FIND,
  replace: [
    '  if (!ownerDocument[MIME].ignoreCase)',
    '    return localName;',
    '  // Liseuse: each name is upper-cased once (see library-patches.ts).',
    '  let upper = upperNames.get(localName);',
    '  if (upper === undefined) {',
    '    if (upperNames.size >= 1000)',
    '      upperNames.clear();',
    '    upperNames.set(localName, upper = localName.toUpperCase());',
    '  }',
    '  return upper;',
    '};',
    'const upperNames = new Map;',
    '',
  ].join('\n'),
}));

// Readability logs the article's HTML after grabbing it, serialising the whole article for a message that is
// dropped unless debugging (its other such logs check the flag first).
const READABILITY_GRABBED_FIND = '    this.log("Grabbed: " + articleContent.innerHTML);\n';
const READABILITY_GRABBED_REPLACE =
  '    // Liseuse: serialised only when debugging, as its other logs of the article do.\n    if (this._debug) {\n      this.log("Grabbed: " + articleContent.innerHTML);\n    }\n';

// DOMPurify's dist files are indented with tabs.
const DOMPURIFY_FALLBACK_FIND = [
  '\t\t\ttry {',
  '\t\t\t\tdoc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
  '\t\t\t} catch (_) {}',
  '',
].join('\n');
const DOMPURIFY_FALLBACK_REPLACE = `\t\t\tthrow new TypeError("DOMPurify: this environment's DOMParser cannot parse HTML (Liseuse has no innerHTML fallback)");\n`;

// Minified: the dangerouslySetInnerHTML branch of Preact's element diff (the local names differ per file).
const preactEdit = (file: string, dom: string): LibraryEdit => ({
  file,
  find: `||(${dom}.innerHTML=h.__html)`,
  replace: `||(()=>{throw Error("Liseuse renders no raw HTML: dangerouslySetInnerHTML is disabled")})()`,
});

/** Every edit, by package. */
export const LIBRARY_PATCHES: LibraryPatch[] = [
  {
    name: '@mozilla/readability',
    version: '0.6.0',
    why: 'keeps the page for a retry as a clone (or lets the caller retry on a fresh copy), and copies noscript images as nodes',
    edits: [
      { file: 'Readability.js', find: READABILITY_CACHE_FIND, replace: READABILITY_CACHE_REPLACE },
      { file: 'Readability.js', find: READABILITY_RESTORE_FIND, replace: READABILITY_RESTORE_REPLACE },
      { file: 'Readability.js', find: READABILITY_NOSCRIPT_FIND, replace: READABILITY_NOSCRIPT_REPLACE },
    ],
  },
  {
    name: '@mozilla/readability',
    version: '0.6.0',
    why: 'serialises the grabbed article for its debug log only when debugging (speed)',
    edits: [{ file: 'Readability.js', find: READABILITY_GRABBED_FIND, replace: READABILITY_GRABBED_REPLACE }],
  },
  {
    name: 'linkedom',
    version: '0.18.15',
    why: 'calls its own parser where its outerHTML setter and HTML fragments went through its innerHTML setter',
    edits: [
      { file: 'esm/interface/element.js', find: LINKEDOM_OUTER_FIND, replace: LINKEDOM_OUTER_REPLACE },
      { file: 'cjs/interface/element.js', find: LINKEDOM_OUTER_FIND, replace: LINKEDOM_OUTER_REPLACE },
      {
        file: 'esm/shared/utils.js',
        find: `import {END, MIME, NEXT, PREV} from './symbols.js';\n`,
        replace: `import {END, MIME, NEXT, PREV} from './symbols.js';\nimport {setInnerHtml} from '../mixin/inner-html.js';\n`,
      },
      { file: 'esm/shared/utils.js', find: LINKEDOM_FRAGMENT_FIND, replace: '  setInnerHtml(elem, html);\n' },
      // CommonJS: required when called, since inner-html.js requires this file while it loads.
      {
        file: 'cjs/shared/utils.js',
        find: LINKEDOM_FRAGMENT_FIND,
        replace: `  require('../mixin/inner-html.js').setInnerHtml(elem, html);\n`,
      },
    ],
  },
  {
    name: 'linkedom',
    version: '0.18.15',
    why: "makes a node's map of event listeners when one is added, not for every node parsed (speed)",
    edits: LINKEDOM_LISTENERS_EDITS,
  },
  {
    name: 'linkedom',
    version: '0.18.15',
    why: 'getElementsByTagName upper-cases element names only when the name asked for could match (speed)',
    edits: LINKEDOM_TAG_NAME_EDITS,
  },
  {
    name: 'linkedom',
    version: '0.18.15',
    why: 'compiles each selector once instead of on every query (speed)',
    edits: LINKEDOM_MATCH_EDITS,
  },
  {
    name: 'linkedom',
    version: '0.18.15',
    why: "reads an element's class from its attribute instead of joining its class list anew (speed)",
    edits: LINKEDOM_CLASS_NAME_EDITS,
  },
  {
    name: 'linkedom',
    version: '0.18.15',
    why: 'writes a parsed class attribute as its class list would, without building the list (speed)',
    edits: LINKEDOM_PARSED_CLASS_EDITS,
  },
  {
    name: 'linkedom',
    version: '0.18.15',
    why: "concatenates an element's text instead of joining an array of its text nodes (speed)",
    edits: LINKEDOM_TEXT_CONTENT_EDITS,
  },
  {
    name: 'linkedom',
    version: '0.18.15',
    why: 'upper-cases each element name once for tagName and nodeName instead of on every read (speed)',
    edits: LINKEDOM_LOCAL_CASE_EDITS,
  },
  HTMLPARSER2_PATCH,
  {
    name: 'dompurify',
    version: '3.4.18',
    why: 'fails loudly instead of parsing through innerHTML where DOMParser cannot (never in browsers or linkedom)',
    edits: [
      { file: 'dist/purify.es.mjs', find: DOMPURIFY_FALLBACK_FIND, replace: DOMPURIFY_FALLBACK_REPLACE },
      { file: 'dist/purify.cjs.js', find: DOMPURIFY_FALLBACK_FIND, replace: DOMPURIFY_FALLBACK_REPLACE },
    ],
  },
  {
    name: 'preact',
    version: '10.29.0',
    why: 'throws on dangerouslySetInnerHTML, which Liseuse never uses (biome forbids it in our code)',
    edits: [
      preactEdit('dist/preact.module.js', 'u'),
      preactEdit('dist/preact.mjs', 'u'),
      preactEdit('dist/preact.js', 't'),
    ],
  },
];
