/** Styles of the selection toolbar, scoped by its shadow root so page CSS cannot reach inside. */
import { HIGHLIGHT_COLORS } from '@/utils/highlights/model';
import { COLOR_LINES, solidFill } from '@/utils/highlights/paint/styles';

/** Inline style for the host element: `!important` inline declarations beat any page rule. */
export const HOST_STYLE =
  'all:initial!important;position:fixed!important;top:0!important;left:0!important;' +
  'width:0!important;height:0!important;z-index:2147483647!important;display:block!important';

/** The shadow root's stylesheet (light and dark). */
export const TOOLBAR_CSS = `
:host{all:initial}
.bar{position:fixed;display:flex;flex-direction:column;gap:6px;padding:6px;border-radius:10px;
 background:#202124;color:#f5f5f7;font:13px/1.35 system-ui,-apple-system,"Segoe UI",sans-serif;
 box-shadow:0 6px 20px rgba(0,0,0,.28);max-width:min(320px,calc(100vw - 16px));box-sizing:border-box}
.bar[hidden]{display:none}
.row{display:flex;align-items:center;gap:4px;flex-wrap:wrap}
button{all:unset;cursor:pointer;padding:4px 8px;border-radius:6px;white-space:nowrap}
button[hidden]{display:none}
button:hover{background:rgba(255,255,255,.14)}
button:focus-visible,textarea:focus-visible,input:focus-visible{outline:2px solid #8ab4f8;outline-offset:1px}
.swatch{width:20px;height:20px;padding:0;border-radius:4px;box-sizing:border-box;color:#111;
 border-bottom:4px solid currentColor;margin:2px}
.swatch:hover{filter:brightness(1.08)}
.swatch[aria-pressed="true"]{box-shadow:0 0 0 2px #202124,0 0 0 4px #f5f5f7}
.swatch:focus-visible{outline-offset:4px}
${HIGHLIGHT_COLORS.map(
  (c) => `.swatch[data-color="${c}"]{background:${solidFill(c)};border-bottom-style:${COLOR_LINES[c]}}`,
).join('\n')}
.note{display:flex;flex-direction:column;gap:4px}
.note[hidden],.msg[hidden]{display:none}
textarea,input{all:unset;box-sizing:border-box;width:280px;max-width:100%;padding:6px;border-radius:6px;
 background:#fff;color:#111;font:inherit}
textarea{min-height:70px;white-space:pre-wrap}
::placeholder{color:#666}
.actions{display:flex;justify-content:flex-end;gap:4px}
.msg{font-size:12px;opacity:.9}
@media (prefers-color-scheme:dark){
 .bar{background:#f1f3f4;color:#202124}
 button:hover{background:rgba(0,0,0,.08)}
 .swatch[aria-pressed="true"]{box-shadow:0 0 0 2px #f1f3f4,0 0 0 4px #202124}
 textarea,input{background:#fff;border:1px solid #bbb}
}`;
