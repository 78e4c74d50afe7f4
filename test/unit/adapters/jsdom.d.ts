// The part of jsdom's API the adapter tests use and scripts/check-pages.ts use (the package ships no types, and @types/jsdom is not installed).
declare module 'jsdom' {
  export interface ConstructorOptions {
    /** The document's address: sets document.URL and the base for relative links. */
    url?: string;
    /** Where the page's console output and jsdom's own errors go (a bare one drops them). */
    virtualConsole?: VirtualConsole;
  }
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
  }
}
