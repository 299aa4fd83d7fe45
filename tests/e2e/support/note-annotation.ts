/** A W3C annotation with a note (and tags) on `source`, as `annotations/create` takes it. */
export function noteAnnotation(
  id: string,
  source: string,
  exact: string,
  note: string,
  { color = 'green', tags = [] as string[] } = {},
) {
  const now = new Date().toISOString();
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    motivation: 'commenting',
    created: now,
    modified: now,
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' },
      ...tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
    ],
    target: { source, selector: [{ type: 'TextQuoteSelector', exact }] },
    color,
  };
}
