import { serveSearchIndex, type WorkerScope } from '@/utils/store/search-worker';

// The library page's search worker (utils/store/search-worker-client starts it): loading and merging
// the search index happen here, off the page's main thread. No browser API is used in it.
export default defineUnlistedScript(() => {
  serveSearchIndex(globalThis as unknown as WorkerScope);
});
