// @vitest-environment jsdom
// Pages built to break the adapters: a very deep subtree, thousands of nested containers, one posting whose
// markup throws. Each must leave the rest of the page readable.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { redditAdapter } from '../../../lib/adapters/reddit';
import { outermost, textOf } from '../../../lib/adapters/dom';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** `depth` nested elements (<div>s unless said) around `inner`, built inside out (jsdom recurses when one joins a deep tree); returns the outermost. */
function wrap(inner: Node, depth: number, tag = 'div'): Element {
  let outer = inner;
  for (let i = 0; i < depth; i++) {
    const parent = document.createElement(tag);
    parent.appendChild(outer);
    outer = parent;
  }
  return outer as Element;
}

describe('textOf on deep markup', () => {
  it('reads a subtree 100,000 levels deep without overflowing the stack, in order, with block breaks', () => {
    const root = document.createElement('section');
    root.append('before ');
    // Inline wrappers: the walk's depth is under test, not where blocks break (a <div> is a block).
    root.appendChild(wrap(document.createTextNode('deep text'), 100_000, 'span'));
    root.append(' after');
    root.appendChild(document.createElement('p')).append('next block');
    expect(textOf(root)).toBe('before deep text after\nnext block');
  });
});

describe('outermost on many containers', () => {
  /** Fail as soon as the DOM is asked more than `budget` questions (a quadratic pass asks hundreds of millions). */
  function limitDomCalls(budget: number): () => number {
    let calls = 0;
    const count = () => {
      if (++calls > budget) throw new Error(`more than ${budget} DOM calls`);
    };
    const parentNode = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode')!;
    vi.spyOn(Node.prototype, 'parentNode', 'get').mockImplementation(function (this: Node) {
      count();
      return parentNode.get!.call(this) as ParentNode | null;
    });
    const contains = Node.prototype.contains;
    vi.spyOn(Node.prototype, 'contains').mockImplementation(function (this: Node, other: Node | null) {
      count();
      return contains.call(this, other);
    });
    return () => calls;
  }

  it('20,000 sibling containers: a few DOM calls per element, not one per pair', () => {
    const list = document.body.appendChild(document.createElement('main'));
    const containers = Array.from({ length: 20_000 }, () => list.appendChild(document.createElement('div')));
    limitDomCalls(5 * containers.length);
    expect(outermost(containers)).toHaveLength(20_000);
  });

  it('20,000 nested containers: only the outermost is kept, each ancestor looked at once', () => {
    const containers: Element[] = [document.createElement('div')];
    for (let node = containers[0]!; containers.length < 20_000; ) {
      node = wrap(node, 1);
      containers.push(node);
    }
    const top = containers.at(-1)!;
    // Innermost first: the order a page's added nodes can come in.
    limitDomCalls(5 * containers.length);
    expect(outermost(containers)).toEqual([top]);
  });

  it('keeps the list order and drops duplicates and contained elements', () => {
    const a = document.body.appendChild(document.createElement('div'));
    const a1 = a.appendChild(document.createElement('div'));
    const b = document.body.appendChild(document.createElement('div'));
    const b1 = b.appendChild(wrap(document.createElement('p'), 2));
    expect(outermost([b1, a1, b, a, b])).toEqual([b, a]);
    expect(outermost([a1, b1])).toEqual([a1, b1]);
  });
});

describe('one posting that throws', () => {
  it('fails only itself: the other postings on the page are still read', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const title of ['First job', 'Broken job', 'Third job']) {
      const post = document.body.appendChild(document.createElement('shreddit-post'));
      post.setAttribute('post-title', title);
      post.appendChild(document.createElement('div')).setAttribute('slot', 'text-body');
      post.querySelector('[slot="text-body"]')!.append(`${title}: the details`);
      if (title === 'Broken job') {
        // Markup that makes reading this one post throw (an odd element the adapter did not foresee).
        Object.defineProperty(post, 'getAttribute', { value: () => { throw new Error('odd element'); } });
      }
    }
    expect(redditAdapter.find(document).map(({ posting }) => posting.title)).toEqual(['First job', 'Third job']);
  });
});
