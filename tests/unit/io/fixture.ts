/** Reads the io fixtures (tests/fixtures/io). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../fixtures/io');

/** A fixture as text. */
export const fixtureText = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** A fixture as bytes. */
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
