/** Reads the io fixtures (tests/fixtures/io). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath } from '@/tests/fixtures/paths';

const DIR = fixturePath('io');

/** A fixture as text. */
export const fixtureText = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** A fixture as bytes. */
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
