import { runPageHighlighter } from '@/utils/highlights/page/page-highlighter';

// Injected on demand (popup, context menu, command) or by the wake loader; never in the manifest.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runPageHighlighter(ctx.signal);
  },
});
