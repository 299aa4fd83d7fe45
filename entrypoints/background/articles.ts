/** Background handlers for the library: `article/save`, and `article/capture` for saved links. */

import { saveAnalysis } from '@/utils/library/save/save-service';
import type { Handlers } from '@/utils/messaging';
import { getDatabase } from '@/utils/store';
import { capturePage } from './capture';

/** Library message handlers, merged into the background's listener. */
export const articleHandlers: Handlers = {
  'article/save': (payload) => saveAnalysis(getDatabase(), payload.analysis),
  'article/capture': (payload) => capturePage(payload.url),
};
