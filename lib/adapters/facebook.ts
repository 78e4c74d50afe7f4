// Facebook: posts in the news feed, in groups and on a post's own page; Marketplace listing cards (job
// listings appear there as ordinary items; an item's own page is left to the generic adapter). Class names are hashed and change weekly, so only roles, ARIA and data
// attributes are used. Comments are role="article" too: only the outermost article is a post.
import { defineSiteAdapter } from './define';
import { absoluteUrl, looksLikePay, oneLine, outermost, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Feed and groups: one post (feed units carry aria-posinset; a post's own page has a lone article). */
  post: 'div[role="article"][aria-posinset], div[aria-posinset] div[role="article"], div[role="feed"] div[role="article"], div[role="main"] div[role="article"]',
  /** Feed and groups: the post's message (the text the poster wrote). */
  postMessage: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  /** Feed and groups: the post's own link (its timestamp). */
  postLink: 'a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="], a[href*="/permalink.php"]',
  /** Marketplace search and category pages: one listing card (a link to the item). */
  marketplaceCard: 'a[href*="/marketplace/item/"]',
  /** Everywhere: buttons, reaction bars and screen-reader-only words that are not the posting's. */
  chrome: 'button, [role="button"], [role="toolbar"], form',
} as const;

const POSTING_SELECTOR = [
  'div[role="article"]',
  SELECTORS.marketplaceCard,
].join(', ');

export const facebookAdapter = defineSiteAdapter('facebook', POSTING_SELECTOR, (root, add) => {
  const posts = outermost(queryAll(root, SELECTORS.post));
  for (const post of posts) {
    const message = queryFirst(post, SELECTORS.postMessage);
    add(post, {
      body: textOf(message, { skip: SELECTORS.chrome }),
      url: postUrl(post),
    });
  }

  for (const card of outermost(queryAll(root, SELECTORS.marketplaceCard))) {
    // A card reads, top to bottom: price, title, location (each its own line).
    const lines = textOf(card).split('\n').map(oneLine).filter(Boolean);
    const priceFirst = lines.length >= 2 && /\d|free/i.test(lines[0] ?? '');
    const [price, title, location] = priceFirst ? lines : [undefined, ...lines];
    add(card, {
      title,
      salary: looksLikePay(price) ? price : undefined,
      location,
      body: lines.join('\n'),
      url: absoluteUrl(card.getAttribute('href')?.replace(/\?.*$/, ''), card),
    });
  }
});

function postUrl(post: Element): string | undefined {
  const link = queryFirst(post, SELECTORS.postLink);
  const url = link ? absoluteUrl(link.getAttribute('href'), link) : undefined;
  if (!url) return undefined;
  // Drop Facebook's tracking parameters (__cft__, __tn__), keep the ones that name the post.
  const parsed = new URL(url);
  for (const key of Array.from(parsed.searchParams.keys())) {
    if (key.startsWith('__')) parsed.searchParams.delete(key);
  }
  return parsed.href;
}
