import { readFileSync } from 'node:fs';
import { fixturePath } from '@/tests/fixtures/paths';

/** Reads a fixture page of the project (tests/fixtures/pages). */
export function fixturePage(name: string): string {
  return readFileSync(fixturePath('pages', name), 'utf8');
}

/** Canonical URL of the English fixture. */
export const EN_URL = 'https://ledger.example/news/2025/03/brackwater-library-maps-online';
