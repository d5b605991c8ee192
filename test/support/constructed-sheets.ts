/**
 * jsdom has no constructed style sheets, which every browser the extension supports has (the
 * injected UI adopts one: content/ui/host.ts). A stand-in for unit tests that draw the UI in
 * jsdom: the sheet's text is kept, and a shadow root's adoptedStyleSheets is a plain property.
 */
class StandInSheet {
  text = '';
  replaceSync(text: string): void {
    this.text = text;
  }
}

const g = globalThis as { CSSStyleSheet?: unknown };
g.CSSStyleSheet ??= StandInSheet;
