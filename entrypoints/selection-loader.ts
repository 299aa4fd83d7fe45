import { startSelectionWake } from '@/utils/highlights/page/selection-wake';

// Registered on every site only while "Show the highlight toolbar on every site" is on
// (background/permissions.ts); an unlisted script without the polyfill, to stay tiny.
export default defineUnlistedScript(() => {
  startSelectionWake();
});
