import { startWakeLoader } from '@/utils/highlights/page/wake';

// The always-on part, registered at runtime for granted sites only (background/permissions.ts).
// An unlisted script rather than a WXT content script: it needs no context and no polyfill,
// which keeps it under its 3 kB budget.
export default defineUnlistedScript(() => {
  startWakeLoader();
});
