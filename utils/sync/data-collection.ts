/**
 * What sync sends, in Firefox's data-collection terms (pure: the manifest reads it too). Sync sends the
 * reader's library — the addresses of saved pages (browsing activity) and their text and notes (website
 * content) — encrypted end to end, to a server the reader chose. AMO's policy counts any data handled
 * outside the browser, encrypted or not, so the manifest declares these as optional and the settings page
 * asks for them when the reader presses Start, with the server's host permission (one prompt).
 */
export const SYNC_DATA_COLLECTION = ['browsingActivity', 'websiteContent'] as const;
