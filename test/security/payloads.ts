/**
 * Hostile values for every field the adapters read: script and markup injections, URL schemes,
 * template and prototype tricks, CSS, Unicode controls, broken UTF-16 and very long strings.
 *
 * Every payload that could run calls `__pwned(x)`, with x the element that ran it where there
 * is one (`this` in a handler, `document.currentScript`, `frameElement`): the tests' trap
 * records each call and whether that element sits inside one of the extension's shadow roots,
 * so a careless page's own execution is told apart from the extension's. Values the tests
 * look for in the extension's output carry PAYLOAD_MARKERS.
 */

/** Distinctive parts of the payloads: none may ever appear in an attribute the extension writes. */
export const PAYLOAD_MARKERS = ['pwned', 'javascript', 'onerror', 'onload', '<', '{{', 'cmc-host'];

const RUN_SCRIPT = '__pwned(document.currentScript)';
const RUN_HERE = '__pwned(this)';

const scripts = [
  `<script>${RUN_SCRIPT}</script>`,
  `<SCRIPT>${RUN_SCRIPT}</SCRIPT>`,
  `<script src="data:text/javascript,${RUN_SCRIPT}"></script>`,
  `<script>/*</script><script>*/${RUN_SCRIPT}</script>`,
  `<scr<script>ipt>${RUN_SCRIPT}</scr</script>ipt>`,
  `"><script>${RUN_SCRIPT}</script>`,
  `'><script>${RUN_SCRIPT}</script>`,
  `</span><script>${RUN_SCRIPT}</script><span>`,
  `</div></div><script>${RUN_SCRIPT}</script>`,
  `</td></tr></table><script>${RUN_SCRIPT}</script>`,
  `<script type="module">${RUN_SCRIPT}</script>`,
  `<!--<script>${RUN_SCRIPT}</script>-->`,
  `<![CDATA[<script>${RUN_SCRIPT}</script>]]>`,
  `</title><script>${RUN_SCRIPT}</script>`,
  `</textarea><script>${RUN_SCRIPT}</script>`,
  `</noscript><script>${RUN_SCRIPT}</script>`,
  `</script><script>${RUN_SCRIPT}</script>`,
];

const handlers = [
  `<img src=x onerror=${RUN_HERE}>`,
  `<img src="x" onerror="${RUN_HERE}">`,
  `<IMG SRC=x ONERROR=${RUN_HERE}>`,
  `<img/src=x/onerror=${RUN_HERE}>`,
  `<img src=x oNeRrOr=${RUN_HERE}>`,
  '<img src=x onerror="&#95;&#95;pwned(this)">',
  "<img src=x onerror=window['__pw'+'ned'](this)>",
  `<img srcset=",,,,x" onerror=${RUN_HERE}>`,
  `<picture><source srcset=x><img src=x onerror=${RUN_HERE}></picture>`,
  `<input type=image src=x onerror=${RUN_HERE}>`,
  `<svg onload=${RUN_HERE}>`,
  `<svg/onload=${RUN_HERE}>`,
  `<body onload=${RUN_HERE}>`,
  `<body onpageshow=${RUN_HERE}>`,
  `<iframe onload=${RUN_HERE}></iframe>`,
  '<iframe srcdoc="<script>parent.__pwned(frameElement)</script>"></iframe>',
  `<details open ontoggle=${RUN_HERE}>`,
  `<video><source onerror=${RUN_HERE}></video>`,
  `<audio src=x onerror=${RUN_HERE}>`,
  `<input autofocus onfocus=${RUN_HERE}>`,
  `<select autofocus onfocus=${RUN_HERE}></select>`,
  `<textarea autofocus onfocus=${RUN_HERE}></textarea>`,
  `<div tabindex=1 autofocus onfocus=${RUN_HERE}>`,
  `<marquee onstart=${RUN_HERE}>x</marquee>`,
  `<object data=x onerror=${RUN_HERE}></object>`,
  `<style onload=${RUN_HERE}>*{}</style>`,
  `<link rel=stylesheet href=x onerror=${RUN_HERE}>`,
  `<track src=x onerror=${RUN_HERE}>`,
  `<div onpointerover=${RUN_HERE} style="position:fixed;inset:0">`,
  `<button popovertarget=x onbeforetoggle=${RUN_HERE}>`,
];

const urls = [
  'javascript:__pwned()',
  'JaVaScRiPt:__pwned()',
  'java\tscript:__pwned()',
  'java&#x09;script:__pwned()',
  '&#106;avascript:__pwned()',
  ' \u000ejavascript:__pwned()',
  'javascript://%0a__pwned()',
  '<a href="javascript:__pwned(this)">Rivera, Jordan</a>',
  '<iframe src="javascript:parent.__pwned(frameElement)"></iframe>',
  '<embed src="javascript:__pwned()">',
  'data:text/html,<script>parent.__pwned()</script>',
  'vbscript:msgbox(1)',
  '<meta http-equiv="refresh" content="0;url=javascript:__pwned()">',
  '<base href="javascript:__pwned()//">',
  '<form action="javascript:__pwned()"><input type=submit></form>',
  '<form><button formaction=javascript:__pwned()>x</button></form>',
];

const svgAndMath = [
  `<svg><script>${RUN_SCRIPT}</script></svg>`,
  `<svg><animate onbegin=${RUN_HERE} attributeName=x dur=1s>`,
  `<svg><set onbegin=${RUN_HERE} attributeName=x to=1>`,
  '<svg><a xlink:href="javascript:__pwned()"><text x=20 y=20>x</text></a></svg>',
  `<svg><foreignObject><img src=x onerror=${RUN_HERE}></foreignObject></svg>`,
  `<svg><title><img src=x onerror=${RUN_HERE}></title></svg>`,
  `<svg><style><img src=x onerror=${RUN_HERE}></style></svg>`,
  `<svg></p><style><a id="</style><img src=x onerror=${RUN_HERE}>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN_HERE}>`,
  '<math><mi xlink:href="javascript:__pwned()">x</mi></math>',
  `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${RUN_HERE}>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN_HERE}>">`,
  `<template><img src=x onerror=${RUN_HERE}></template>`,
  `<div data-x="<template shadowrootmode=open><img src=x onerror=${RUN_HERE}></template>">`,
];

const templates = [
  "{{constructor.constructor('__pwned()')()}}",
  "{{$on.constructor('__pwned()')()}}",
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, as text.
  '${__pwned()}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, as text.
  '${7*7}',
  '<%= __pwned() %>',
  '#{__pwned()}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, as text.
  '[[${__pwned()}]]',
  '{{__proto__.polluted=1}}',
  '{"__proto__":{"polluted":1}}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  "'; __pwned(); '",
  '"; __pwned(); "',
  '`; __pwned(); `',
  '*/__pwned()/*',
];

const css = [
  `</style><img src=x onerror=${RUN_HERE}>`,
  "<style>@import 'https://egress.invalid/x.css';</style>",
  '<style>*{background:url(https://egress.invalid/bg)}</style>',
  '<div style="background:url(javascript:__pwned())">x</div>',
  '<div style="width:expression(__pwned())">x</div>',
  '\\3c script\\3e __pwned()\\3c /script\\3e',
  '\\00003cimg src=x onerror=__pwned(this)\\00003e',
  '<link rel=stylesheet href="https://egress.invalid/x.css">',
  '<div style="position:fixed;inset:0;z-index:2147483647;background:red">cover</div>',
  '<style>[data-cmc-host]{display:none!important}</style>',
  ':host{all:initial}',
];

const unicode = [
  '\u202eRivera, Jordan',
  'Rivera\u202e, Jordan\u202c',
  '\u2066Rivera, Jordan\u2069',
  '\u200bRivera,\u200b Jordan',
  '\ufeffRivera, Jordan',
  'Rive\u0301ra, Jordan',
  '\uff32\uff49\uff56\uff45\uff52\uff41, \uff2a\uff4f\uff52\uff44\uff41\uff4e',
  '\uff1cscript\uff1e__pwned()\uff1c/script\uff1e',
  '\u13a1ivera, Jordan',
  'Rivera, Jordan\u0000',
  '\u0000',
  `a\u0000<script>${RUN_SCRIPT}</script>`,
  '\ud800',
  '\udfff',
  'x\ud800y\udc00z',
  '\ud83d\ude00'.repeat(300),
  '\u0085\u2028\u2029',
  '\r\n\t\v\f',
  '\u001b[31mred\u001b[0m',
  `Z${'\u0336\u0327\u031b\u0353'.repeat(200)}algo`,
];

/** Forty times the 500 characters a snapshot keeps: every reader sees the whole text first. */
const long = [
  'A'.repeat(20_000),
  `${' '.repeat(20_000)}x`,
  '-'.repeat(20_000),
  '9'.repeat(20_000),
  '<'.repeat(20_000),
  `${'('.repeat(10_000)}${')'.repeat(10_000)}`,
  'Rivera, Jordan '.repeat(1_500),
  '1/1/2025 - '.repeat(2_000),
  '330 '.repeat(5_000),
  '- '.repeat(10_000),
  'to '.repeat(7_000),
  `${'x'.repeat(499)}<script>${RUN_SCRIPT}</script>`,
  '&amp;'.repeat(4_000),
  `${'30 min x '.repeat(2_500)}Weekly`,
];

const spoofs = [
  '<span data-cmc-host="case-manager">Credential fits</span>',
  '<span data-cmc-host>Rivera, Jordan</span>',
  '<span data-cmc-host="service-note"><button class="note">fake note</button></span>',
  '" data-cmc-host="case-manager',
  '<span data-cmc-host="case-manager" data-rule="authorized" data-severity="ok">\u2713</span>',
];

/** Values that look like data around a payload, or like nothing at all. */
const mixed = [
  `Rivera, Jordan<img src=x onerror=${RUN_HERE}>`,
  'Rivera, <b>Jordan</b>',
  `290 - <b onmouseover=${RUN_HERE}>SLD</b>`,
  `330<img src=x onerror=${RUN_HERE}>`,
  `09/02/2025<script>${RUN_SCRIPT}</script>`,
  `60 min x 5 sessions = 300 min Weekly<svg onload=${RUN_HERE}>`,
  '<plaintext>',
  '<xmp><script>x</script></xmp>',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY y "z">]>',
  '&lt;script&gt;__pwned()&lt;/script&gt;',
  '%3Cscript%3E__pwned()%3C/script%3E',
  '\\u003cscript\\u003e__pwned()\\u003c/script\\u003e',
  '',
  ' ',
  'N/A',
  '-- Select --',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  '1e309',
  '-1',
];

export const PAYLOADS: readonly string[] = [
  ...scripts,
  ...handlers,
  ...urls,
  ...svgAndMath,
  ...templates,
  ...css,
  ...unicode,
  ...long,
  ...spoofs,
  ...mixed,
];

/** A short, printable name for a payload in test titles and failure messages. */
export function payloadName(payload: string): string {
  const shown = JSON.stringify(payload.length > 60 ? `${payload.slice(0, 60)}…` : payload);
  return `#${PAYLOADS.indexOf(payload)} ${shown} (${payload.length} chars)`;
}
