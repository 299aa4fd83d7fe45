/** Where the highlighter's scripts are in the built extension, for injection and registration. */

/** Path of the full highlighter bundle, injected with `scripting.executeScript({ files })`. */
export const HIGHLIGHTER_FILE = '/highlighter.js';

/** Path of the tiny always-on loader registered for granted sites. */
export const LOADER_FILE = '/highlight-loader.js';

/** Id of the loader's dynamic content-script registration. */
export const LOADER_REGISTRATION_ID = 'liseuse-highlight-loader';

/** Path of the tiny selection loader, registered on every site while the toolbar is on everywhere. */
export const SELECTION_LOADER_FILE = '/selection-loader.js';

/** Id of the selection loader's dynamic content-script registration. */
export const SELECTION_LOADER_REGISTRATION_ID = 'liseuse-selection-loader';
