/** A tiny element builder for the toolbar (content scripts stay framework-free and small). */

/** Creates `<tag>` in `doc` with attributes and children. */
export function h(
  doc: Document,
  tag: string,
  attrs: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return el;
}
