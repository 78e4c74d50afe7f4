// The part of jsdom's API the adapter tests use (the package ships no types, and @types/jsdom is not installed).
declare module 'jsdom' {
  export interface ConstructorOptions {
    /** The document's address: sets document.URL and the base for relative links. */
    url?: string;
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
  }
}
