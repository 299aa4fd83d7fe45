import { browser } from 'wxt/browser';
import { annotationSenderPolicy, createMessageListener } from '@/utils/messaging';
import { annotationHandlers } from './annotations';
import { articleHandlers } from './articles';
import { registerHighlightCommand } from './commands';
import { registerHighlightMenu } from './menus';
import { siteAccessHandlers, watchSiteAccess } from './permissions';
import { registerSaveLink } from './save-link';
import { registerSaveTab } from './save-tab';
import { registerSync, syncHandlers } from './sync';

export default defineBackground(() => {
  // Highlighting: annotation messages (content scripts allowed, confined to their page), menu, command, site access.
  browser.runtime.onMessage.addListener(
    createMessageListener(
      { ...annotationHandlers, ...siteAccessHandlers, ...articleHandlers, ...syncHandlers },
      annotationSenderPolicy,
    ),
  );
  registerHighlightMenu();
  registerHighlightCommand();
  watchSiteAccess();
  // Library: "Save to Liseuse" from the page menu and the Alt+Shift+S command; "Save link to Liseuse".
  registerSaveTab();
  registerSaveLink();
  // Sync: alarms, outbox watch and longpoll (issue #16).
  registerSync();
});
