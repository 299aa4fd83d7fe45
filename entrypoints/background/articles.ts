/** Background handlers for the library: `article/save`. */
import { getDatabase } from '@/utils/db';
import { saveAnalysis } from '@/utils/library/save-service';
import type { Handlers } from '@/utils/messaging';

/** Library message handlers, merged into the background's listener. */
export const articleHandlers: Handlers = {
  'article/save': (payload) => saveAnalysis(getDatabase(), payload.analysis),
};
