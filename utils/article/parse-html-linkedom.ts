/** Parses page HTML with linkedom: for Node (CLI, tests, benchmarks) and the MV3 service worker (no DOMParser). */
import { parseHTML } from 'linkedom';
import type { HtmlParser } from '@/utils/article/parse-html';

const DOCTYPE = /^\s*<!doctype[^>]*>/i;
/**
 * Comments, scripts and styles (skipped: old IE pages hide `<html class="ie8">` in comments, scripts write
 * `<body onload=...>` in strings), and the skeleton's tags.
 */
const SKELETON_TAGS =
  /<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<(\/?)(html|head|body)\b[^>]*>/gi;

/**
 * linkedom takes the first element as the root and stops at `</html>`, where a browser's parser recovers.
 * So the skeleton is repaired the way a browser reads it: text or tags before `<html>` (a PHP warning
 * printed above the page) move into the body; repeated `<html>`/`<head>`/`<body>` tags (a CMS pasting
 * a whole page into an article) are dropped; content after `</body>` or `</html>` stays in the body.
 */
function repairSkeleton(html: string): string {
  // Matches are found with `exec` and only the few tags that change are cut out: replacing every comment
  // and script by itself cost several times the scan on pages with large inline scripts. The two halves are
  // built by concatenation, which V8 keeps as a rope: the page is copied once, when the parser reads it.
  const seen = new Set<string>();
  let before = '';
  let rest: string | null = null;
  let from = 0;
  SKELETON_TAGS.lastIndex = 0;
  for (let match = SKELETON_TAGS.exec(html); match; match = SKELETON_TAGS.exec(html)) {
    const [tag, close, name] = match;
    if (!name) continue;
    const key = `${close}${name.toLowerCase()}`;
    const drop = key === '/body' || key === '/html' || seen.has(key);
    if (!drop) seen.add(key);
    if (!drop && key !== 'html') continue;
    const kept = html.slice(from, match.index);
    if (rest !== null) rest += kept;
    else before += kept;
    // The first `<html>` starts the page proper.
    if (!drop) rest = tag;
    from = match.index + tag.length;
  }
  if (rest === null) return before + html.slice(from);
  rest += html.slice(from);
  return moveLeadingContent(before, seen.has('body') ? rest : withBodyTag(rest));
}

/** linkedom leaves the body empty when `<body>` is implied: it is written after the head (or `<html>`). */
function withBodyTag(html: string): string {
  const head = /<\/head>/i.exec(html) ?? /<html\b[^>]*>/i.exec(html);
  if (!head) return html;
  const after = head.index + head[0].length;
  return `${html.slice(0, after)}<body>${html.slice(after)}`;
}

/** Moves whatever stands before `<html>` (but a doctype and comments) to the start of the body. */
function moveLeadingContent(before: string, rest: string): string {
  const leading = before.replace(DOCTYPE, '').replace(/<!--[\s\S]*?-->/g, '');
  if (leading.trim() === '') return `${before}${rest}`;
  const body = /<body\b[^>]*>/i.exec(rest);
  const after = body ? body.index + body[0].length : 0;
  return `<!doctype html>${rest.slice(0, after)}${leading}${rest.slice(after)}`;
}

/** A page without `<html>` (fragments, sloppy markup) gets the skeleton a browser's parser would infer. */
function withDocumentSkeleton(html: string): string {
  if (/<html[\s>]/i.test(html)) return repairSkeleton(html);
  const inner = html.replace(DOCTYPE, '');
  if (/<(head|body)[\s>]/i.test(inner)) return `<!doctype html><html>${repairSkeleton(inner)}</html>`;
  return `<!doctype html><html><head></head><body>${inner}</body></html>`;
}

/**
 * linkedom documents have no URL of their own; the extraction code takes the page URL as an argument and
 * resolves every link and image against it, so nothing here depends on `document.baseURI`.
 */
export const parseHtmlWithLinkedom: HtmlParser = (html) => {
  // NUL and other C0 controls (stray bytes in broken files) are dropped, as an HTML parser would.
  const clean = html.replace(/[^\P{Cc}\t\n\r\f]/gu, '');
  return parseHTML(withDocumentSkeleton(clean)).document as unknown as Document;
};
