/** Hostile article HTML and what no sanitised output may hold: shared by the sanitiser's and the library's tests. */
import { expect } from 'vitest';

export const HOSTILE_VECTORS = [
  '<p onclick="alert(1)">Hi</p><img src="a.jpg" onerror="alert(2)">',
  '<a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a><a href="vbscript:msgbox(1)">z</a>',
  '<script>alert(1)</script><svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">s</a></svg>',
  '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="y.swf">',
  '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">go</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<a href="data:text/html,<script>alert(1)</script>">d</a><img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<div style="background:url(javascript:alert(1))">styled</div><base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><link rel="import" href="x">',
  '<img srcset="ok.jpg 1x, javascript:alert(1) 2x"><template><img src=x onerror=alert(1)></template>',
];

/** Fails unless `html` is free of active elements, handlers, script or data URLs and styles. */
export function expectInert(html: string): void {
  expect(html).not.toMatch(
    /<script|<iframe|<object|<embed|<form|<input|<button|<svg|<math|<style|<meta|<link|<base|<template|<noscript/i,
  );
  expect(html).not.toMatch(/\son\w+=/i);
  expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
  expect(html).not.toMatch(/style=/i);
}
