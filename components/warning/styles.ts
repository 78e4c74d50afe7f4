// The inline warning's styles: one constructed stylesheet per document, adopted by every warning's shadow root.
// `:host { all: initial }` cuts off inheritance from the page. The host's own box is set twice with !important:
// inline by the renderer (it beats every page rule) and in `:host` here, which beats even the page's own inline
// style on the host (for !important, the shadow tree's rule wins over the page's), so page script that rewrites
// the host's style attribute cannot hide the warning.

/** The host element's box: shown, in the flow, untransformed, whatever the page's CSS or script says. */
export const HOST_DECLARATIONS = [
  'all: initial !important',
  'display: block !important',
  'position: static !important',
  'visibility: visible !important',
  'opacity: 1 !important',
  'width: auto !important',
  'height: auto !important',
  'max-width: 100% !important',
  'margin: 0 !important',
  'padding: 0 !important',
  'transform: none !important',
  'filter: none !important',
  'clip-path: none !important',
  'grid-column: 1 / -1 !important',
  'pointer-events: auto !important',
];

export const WARNING_CSS = `
:host { ${HOST_DECLARATIONS.join('; ')}; }
* { box-sizing: border-box; }
.jla {
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #1f2328;
  background: #fff;
  border: 1px solid #d0d7de;
  border-left-width: 5px;
  border-radius: 8px;
  padding: 8px 10px;
  margin: 6px 0;
  text-align: start;
  max-width: 100%;
  overflow-wrap: anywhere;
}
.jla[data-level="high"] { border-color: #e8b4b0; border-left-color: #b42318; background: #fff6f5; }
.jla[data-level="medium"] { border-color: #ecd39a; border-left-color: #9a6700; background: #fffaeb; }
.jla[data-state="dismissed"], .jla[data-state="hidden"] { background: #f6f8fa; border-left-color: #57606a; border-color: #d0d7de; }
.head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.title { font-weight: 600; flex: 1 1 16em; margin: 0; font-size: 13px; }
[data-level="high"] .title { color: #8c1d13; }
[data-level="medium"] .title { color: #6b4700; }
.level {
  display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: .02em; text-transform: uppercase;
  padding: 1px 6px; border-radius: 999px; margin-inline-end: 6px; color: #fff; vertical-align: 1px;
}
[data-level="high"] .level { background: #b42318; }
[data-level="medium"] .level { background: #7d5300; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button, .link {
  font: inherit; font-size: 12px; cursor: pointer; border-radius: 6px; padding: 2px 9px; min-height: 26px;
  border: 1px solid #8c959f; background: #fff; color: #1f2328; text-decoration: none;
}
button:hover { background: #f3f4f6; }
button:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.guidance { margin: 6px 0 0; font-weight: 600; }
.reasons { margin: 6px 0 0; padding: 0; list-style: none; }
.reasons li { margin: 3px 0; }
.reason { font-weight: 600; }
.quote { color: #424a53; }
mark { background: #ffe08a; color: #1f2328; padding: 0 1px; border-radius: 2px; }
.why { margin-top: 8px; border-top: 1px solid #d0d7de; padding-top: 6px; }
.why p { margin: 4px 0; }
.why ul { margin: 4px 0; padding-inline-start: 18px; }
a { color: #0550ae; }
.muted { color: #57606a; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Give `shadow` the shared stylesheet; where adoption is not possible (older engines), a <style> element. */
export function applyWarningStyles(shadow: ShadowRoot): void {
  const doc = shadow.ownerDocument;
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(WARNING_CSS);
      sheets.set(doc, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Firefox content scripts cannot always adopt a sheet built in their own compartment (Xray wrappers).
  }
  const style = doc.createElement('style');
  style.textContent = WARNING_CSS;
  shadow.appendChild(style);
}
