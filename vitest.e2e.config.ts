import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/chrome-mv3-e2e) in Debian's Chromium.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
