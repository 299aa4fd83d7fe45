/** Styles of the keyboard layer: visually hidden proxies and the focus ring drawn around a passage. */

/** The proxies' host: fixed, zero-sized, above the page (inline `!important` beats page rules). */
export const FOCUS_HOST_STYLE =
  'all:initial!important;position:fixed!important;top:0!important;left:0!important;' +
  'width:0!important;height:0!important;z-index:2147483646!important;display:block!important';

/** The shadow root's stylesheet; the ring is two-tone so it shows on light and dark pages alike. */
export const FOCUS_CSS = `
:host{all:initial}
button{position:fixed;top:0;left:0;width:1px;height:1px;margin:0;padding:0;border:0;overflow:hidden;
 clip-path:inset(50%);white-space:nowrap;opacity:0}
.ring{position:fixed;pointer-events:none;border-radius:3px;box-sizing:border-box;
 outline:2px solid #0b57d0;outline-offset:1px;box-shadow:0 0 0 4px rgba(255,255,255,.9)}
.badge{position:fixed;pointer-events:none;padding:1px 6px;border-radius:8px;background:#0b57d0;color:#fff;
 font:600 11px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;white-space:nowrap}
@media (prefers-color-scheme:dark){
 .ring{outline-color:#8ab4f8;box-shadow:0 0 0 4px rgba(32,33,36,.9)}
 .badge{background:#8ab4f8;color:#202124}
}
@media (forced-colors:active){.ring{outline-color:Highlight;box-shadow:none}.badge{background:Highlight;color:HighlightText}}`;
