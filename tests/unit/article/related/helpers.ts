import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { fixturePath } from '@/tests/fixtures/paths';
import type { Entity, EntityType } from '@/utils/article/types';

/** Parses an HTML string into a linkedom Document. */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Parses one of the project's fixture pages. */
export function fixture(name: string): Document {
  return parse(readFileSync(fixturePath('pages', name), 'utf8'));
}

/** A hand-made entity: the rankers only read text, variants, count and score. */
export function entity(
  text: string,
  score: number,
  variants: string[] = [],
  type: EntityType = 'other',
): Entity {
  return { text, type, count: Math.max(1, Math.round(score)), variants, score };
}

/** Wraps body markup in a minimal French page. */
export function page(body: string, head = ''): Document {
  return parse(
    `<!DOCTYPE html><html lang="fr"><head><title>t</title>${head}</head><body>${body}</body></html>`,
  );
}
