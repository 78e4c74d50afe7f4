// Small DOM helpers shared by the adapters: safe queries, readable text, absolute links.
// Nothing here evaluates page scripts or writes to the page.

/** Elements whose content is never posting text. */
export const SKIPPED_TAGS = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|CANVAS|IFRAME|OBJECT|HEAD)$/i;

/** Elements that start a new line when rendered, so their text is not glued to a neighbour's (div included: sites
 * lay out every line of a card as its own div). */
const BLOCK_TAGS = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|D[DLT]|DIV|FIELDSET|FIG(?:CAPTION|URE)|FOOTER|FORM|H[1-6R]|HEADER|LI|MAIN|NAV|OL|P|PRE|SECTION|T(?:ABLE|[DHR])|UL)$/i;

/** Text only screen readers get (visually hidden): sites repeat a card's title or add "new" there. */
export const SCREEN_READER_ONLY = '.sr-only, .visually-hidden, .screen-reader-only, .screen-reader-text, .a11y-text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === ELEMENT_NODE;
}

/** Is `root` a whole page (the document, its root element or its body) rather than an added subtree? */
export function isWholeDocument(root: ParentNode): boolean {
  const node = root as Node;
  if (node.nodeType === DOCUMENT_NODE) return true;
  const doc = node.ownerDocument;
  return !!doc && (node === doc.documentElement || node === doc.body);
}

/** Elements matching `selector` in `root`, `root` itself included. An invalid selector finds nothing. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  try {
    if (isElement(root) && root.matches(selector)) found.push(root);
    found.push(...Array.from(root.querySelectorAll(selector)));
  } catch {
    return [];
  }
  return found;
}

/** First element matching `selector` inside `root` (root included); null for none or an invalid selector. */
export function queryFirst(root: ParentNode, selector: string): Element | null {
  try {
    if (isElement(root) && root.matches(selector)) return root;
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** `element.closest(selector)`, null for an invalid selector. */
export function closestSafe(element: Element, selector: string): Element | null {
  try {
    return element.closest(selector);
  } catch {
    return null;
  }
}

/** Drop every element that sits inside another element of the list, and duplicates; keeps the list's order. */
export function outermost(elements: Element[]): Element[] {
  const listed = new Set(elements);
  // Does this node or one of its ancestors stand in the list? Remembered for every node climbed through, so each
  // ancestor is visited once overall: near-linear where a pairwise `contains` test froze the page on 20,000
  // nested containers.
  const covered = new Map<Node, boolean>();
  const isCovered = (start: Node | null): boolean => {
    const path: Node[] = [];
    let answer = false;
    for (let node = start; node; node = node.parentNode) {
      const known = covered.get(node);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (listed.has(node as Element)) {
        answer = true;
        path.push(node);
        break;
      }
      path.push(node);
    }
    for (const node of path) covered.set(node, answer);
    return answer;
  };
  return Array.from(listed).filter((element) => !isCovered(element.parentNode));
}

/** The outermost `container` around each `inner` match in `root` (the match itself where no container holds it). */
export function outermostAround(root: ParentNode, inner: string, container: string): Element[] {
  return outermost(queryAll(root, inner).map((element) => closestSafe(element, container) ?? element));
}

/** Drop every element that contains another element of the list (keep the innermost ones). */
export function innermost(elements: Element[]): Element[] {
  const unique = Array.from(new Set(elements));
  return unique.filter((element) => !unique.some((other) => other !== element && element.contains(other)));
}

/** Stack marker in textOf: the end of a block element (its closing line break). */
const BLOCK_END = Symbol('block end');

export interface TextOptions {
  /** Descendants to leave out (timestamps, buttons, "see more" links). */
  skip?: string;
  /** Keep text under aria-hidden="true" (default: skipped, since sites duplicate visible text for readers). */
  keepAriaHidden?: boolean;
}

/**
 * The readable text of `element`, like `innerText` without layout: blocks and <br> become line breaks, runs of
 * spaces collapse to one, scripts and styles are left out.
 */
export function textOf(element: Element | null | undefined, options: TextOptions = {}): string {
  if (!element) return '';
  const parts: string[] = [];
  // An explicit stack, not recursion: a hidden subtree thousands of levels deep overflowed the call stack.
  // Each entry is a node to visit or the line break that closes a block once its children are done.
  const stack: (Node | typeof BLOCK_END)[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (SKIPPED_TAGS.test(el.tagName) || el.hasAttribute('hidden')) continue;
    if (!options.keepAriaHidden && el !== element && el.getAttribute('aria-hidden') === 'true') continue;
    if (options.skip && el !== element && matchesSafe(el, options.skip)) continue;
    const block = BLOCK_TAGS.test(el.tagName);
    if (block) {
      parts.push('\n');
      stack.push(BLOCK_END);
    }
    // Children go on in reverse, so the first is taken off first.
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return collapseWhitespace(parts.join(''));
}

/** Collapse runs of spaces to one space and runs of line breaks to one line break; trim each line. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** Collapse every whitespace run, line breaks included, to one space (for one-line fields). */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * One-line text of the first element matching `selectors` inside `root`. The list is tried in the order written
 * (the first selector is the preferred hook), then in document order; undefined when none has text.
 */
export function firstText(root: ParentNode, selectors: string, options?: TextOptions): string | undefined {
  for (const selector of splitSelectorList(selectors)) {
    for (const candidate of queryAll(root, selector)) {
      if (candidate === root) continue;
      const text = oneLine(textOf(candidate, options));
      if (text) return text;
    }
  }
  return undefined;
}

/** Split a selector list at its top-level commas (not those inside brackets, parentheses or quotes). */
export function splitSelectorList(selectors: string): string[] {
  // A comma followed by a closing bracket before any opening one sits inside [..] or (..).
  return selectors.split(/,(?![^[(]*[\])])/).map((part) => part.trim()).filter(Boolean);
}

/** An absolute http(s) address for `href` relative to the element's document; undefined otherwise. */
export function absoluteUrl(href: string | null | undefined, context: Node): string | undefined {
  if (!href) return undefined;
  try {
    const base = context.ownerDocument?.baseURI ?? (context as Document).baseURI;
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Absolute address of the first link matching `selector` inside `root` (root included). */
export function linkUrl(root: ParentNode, selector: string): string | undefined {
  const link = queryFirst(root, selector);
  return link ? absoluteUrl(link.getAttribute('href'), link) : undefined;
}

/** The address of the page `node` is in, when it is a web page. */
export function pageUrl(node: Node): string | undefined {
  const doc = node.nodeType === DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
  return absoluteUrl(doc?.URL, node);
}

function matchesSafe(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** Drop the fields that came out empty, so expected-posting comparisons and hashing see only real values. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined && field !== null && field !== '') out[key] = field;
  }
  return out as T;
}

/**
 * The card around one item link: climb from `link` while the parent still holds only this one item link
 * (matching `itemLinkSelector`). Works without knowing the card's class names.
 */
export function cardAround(link: Element, itemLinkSelector: string, stopAt: ParentNode): Element {
  let card: Element = link;
  for (let parent = card.parentElement; parent && parent !== stopAt; parent = parent.parentElement) {
    if (parent.tagName === 'BODY' || parent.tagName === 'MAIN') break;
    const links = queryAll(parent, itemLinkSelector).filter((other) => other.getAttribute('href') !== link.getAttribute('href'));
    if (links.length > 0) break;
    card = parent;
  }
  return card;
}

/** The lowest common ancestor of `a` and `b` (null when they are in different trees). */
export function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) {
    if (node.contains(b)) return node;
  }
  return null;
}

/** Does a short line read like pay ("$1.5K/month", "PHP 25,000 - 30,000", "RM 4,000 per month")? */
export function looksLikePay(text: string | undefined): boolean {
  if (!text) return false;
  return /[$₱€£¥฿₫]\s?\d|\b(?:usd|php|sgd|myr|rm|idr|rp|hkd|thb|eur)\s?\d|\d[\d,.]*\s?(?:k|usd|php|sgd|myr|hkd|thb)\b|\/\s?(?:mo|month|yr|year|hr|hour)\b|per (?:month|year|hour)/i.test(text);
}

/** The nearest of `element` and its ancestors holding a match of `selector` (the element itself when none does). */
export function ancestorHolding(element: Element, selector: string): Element {
  for (let scope: Element | null = element; scope; scope = scope.parentElement) {
    if (queryFirst(scope, selector)) return scope;
  }
  return element;
}
