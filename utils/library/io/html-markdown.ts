/**
 * An article's (sanitised) HTML as Markdown for note apps (pure, over any DOM: the page's or
 * linkedom's): headings, paragraphs, emphasis, links, images by their web address, lists (nested),
 * quotes, code and rules. Anything else keeps its text.
 */

import { collapseSpaces } from '@/utils/shared/fold';

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'FIGURE',
  'TABLE',
  'DL',
]);

/** Escapes characters Markdown would read as syntax in running text. */
function escapeText(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3');
}

const collapse = (s: string) => s.replace(/[ \t\r\n\f]+/g, ' ');

/** A URL for Markdown: absolute http(s) or mailto only, spaces and parentheses encoded. */
function safeHref(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (!/^(https?|mailto):$/.test(url.protocol)) return null;
    return url.href.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  } catch {
    return null;
  }
}

function inline(node: Node): string {
  if (node.nodeType === 3) return escapeText(collapse(node.textContent ?? ''));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const inner = () => [...el.childNodes].map(inline).join('');
  switch (el.tagName) {
    case 'STRONG':
    case 'B': {
      const text = inner().trim();
      return text ? `**${text}**` : '';
    }
    case 'EM':
    case 'I': {
      const text = inner().trim();
      return text ? `_${text}_` : '';
    }
    case 'CODE':
      return `\`${(el.textContent ?? '').replace(/`/g, 'ˋ')}\``;
    case 'BR':
      return '\\\n';
    case 'A': {
      const text = inner().trim();
      const href = safeHref(el.getAttribute('href'));
      return href && text ? `[${text}](${href})` : text;
    }
    case 'IMG': {
      const src = safeHref(el.getAttribute('src') ?? el.getAttribute('data-liseuse-src'));
      return src ? `![${escapeText(collapse(el.getAttribute('alt') ?? '')).trim()}](${src})` : '';
    }
    default:
      return BLOCKS.has(el.tagName) ? `\n\n${blocks(el)}\n\n` : inner();
  }
}

function list(el: Element): string {
  const ordered = el.tagName === 'OL';
  let n = Number(el.getAttribute('start') ?? 1) || 1;
  const items = [...el.children].filter((c) => c.tagName === 'LI');
  return items
    .map((li) => {
      const marker = ordered ? `${n++}.` : '-';
      const indent = ' '.repeat(marker.length + 1);
      const text = blocks(li)
        .trim()
        .split('\n')
        .map((line, i) => (i === 0 || !line ? line : indent + line))
        .join('\n');
      return `${marker} ${text}`;
    })
    .join('\n');
}

function block(el: Element): string {
  const tag = el.tagName;
  if (/^H[1-6]$/.test(tag)) return `${'#'.repeat(Number(tag[1]))} ${inlineOf(el)}`;
  if (tag === 'UL' || tag === 'OL') return list(el);
  if (tag === 'BLOCKQUOTE')
    return blocks(el)
      .trim()
      .split('\n')
      .map((line) => `> ${line}`.trimEnd())
      .join('\n');
  if (tag === 'PRE') return `\`\`\`\n${(el.textContent ?? '').replace(/\n$/, '')}\n\`\`\``;
  if (tag === 'HR') return '---';
  if (tag === 'FIGCAPTION') return `_${inlineOf(el)}_`;
  if (tag === 'TR') return [...el.children].map((cell) => inlineOf(cell)).join(' · ');
  if (BLOCKS.has(tag) || tag === 'LI' || tag === 'TBODY' || tag === 'THEAD' || tag === 'DD' || tag === 'DT')
    return blocks(el);
  return inline(el);
}

const inlineOf = (el: Element) => collapseSpaces([...el.childNodes].map(inline).join(''));

function blocks(el: Element): string {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.trim()) out.push(run.replace(/[ \t]+/g, ' ').trim());
    run = '';
  };
  for (const child of el.childNodes) {
    const isBlock =
      child.nodeType === 1 &&
      (BLOCKS.has((child as Element).tagName) ||
        /^(H[1-6]|UL|OL|BLOCKQUOTE|PRE|HR|FIGCAPTION|TR|TBODY|THEAD|LI|DD|DT)$/.test(
          (child as Element).tagName,
        ));
    if (!isBlock) {
      run += inline(child);
      continue;
    }
    flush();
    const text = block(child as Element).trim();
    if (text) out.push(text);
  }
  flush();
  return out.join('\n\n');
}

/** The Markdown of `root`'s content, blocks separated by blank lines. */
export function htmlToMarkdown(root: Element): string {
  return blocks(root)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
