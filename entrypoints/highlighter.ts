import { startPageHighlighterOnce } from '@/utils/highlights/page/page-highlighter';

// Injected on demand (popup, context menu, command) or by the wake loader; never in the manifest.
// An unlisted script rather than a WXT content script: WXT's content-script context stops itself on a
// DOM event any page script can dispatch ("content-script-started"), which would let a page switch the
// highlighter off. Only the extension can stop this one (see startPageHighlighterOnce).
export default defineUnlistedScript(() => {
  startPageHighlighterOnce();
});
