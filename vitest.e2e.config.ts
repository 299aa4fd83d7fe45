import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium (.output/chrome-mv3-e2e) and Firefox ESR
// (.output/firefox-mv2-e2e, tests/e2e/firefox*.e2e.ts), and check the store packages (`npm run zip`).
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
