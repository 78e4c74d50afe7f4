// Facebook: posts in the news feed, in groups and on a post's own page; a Page's featured posts; Marketplace
// listing cards (job listings appear there as ordinary items; an item's own page is left to the generic adapter).
// Class names are hashed and change weekly, so only roles, ARIA and data attributes are used. Feed units carry
// aria-posinset (since 2025 without role="article": the articles left on the feed are empty placeholders);
// comments are role="article" too, so only the outermost match is a post.
import { defineSiteAdapter } from './define';
import { absoluteUrl, closestSafe, looksLikePay, oneLine, outermost, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Feed and groups: one post (feed units carry aria-posinset; a post's own page has a lone article). */
  post: 'div[aria-posinset], div[aria-posinset] div[role="article"], div[role="feed"] div[role="article"], div[role="main"] div[role="article"]',
  /** Feed and groups: the post's message (the text the poster wrote). */
  postMessage: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  /** Feed and groups: a shared link's preview (its headline and summary), part of what the post says. */
  postAttachment: '[data-ad-rendering-role="title"], [data-ad-rendering-role="description"]',
  /** Feed and groups: the post's own link (its timestamp). */
  postLink: 'a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="], a[href*="/permalink.php"]',
  /** A Page's featured posts: each card is one link to its post, holding the post's message. */
  featuredPost:
    'a[href*="/posts/"]:has([data-ad-preview="message"]), a[href*="/permalink"]:has([data-ad-preview="message"]), a[href*="story_fbid="]:has([data-ad-preview="message"])',
  /**
   * m.facebook.com (Firefox for Android gets it): the server-driven renderer builds every box from MContainer
   * components; a feed or group post is one with a tracking duration id.
   */
  mobilePost: 'div[data-mcomponent="MContainer"][data-tracking-duration-id]',
  /** m.facebook.com: the post's lines of text (author, time, message), each its own text area. */
  mobileText: '[data-mcomponent="ServerTextArea"], [data-mcomponent="TextArea"]',
  /** m.facebook.com: the reaction, comment and share buttons under a post. */
  mobileChrome: '[role="button"], button',
  /** Marketplace search and category pages: one listing card (a link to the item). */
  marketplaceCard: 'a[href*="/marketplace/item/"]',
  /** Everywhere: buttons, reaction bars and screen-reader-only words that are not the posting's. */
  chrome: 'button, [role="button"], [role="toolbar"], form',
} as const;

const POSTING_SELECTOR = [
  'div[aria-posinset]',
  'div[role="article"]',
  SELECTORS.featuredPost,
  SELECTORS.mobilePost,
  SELECTORS.marketplaceCard,
].join(', ');

export const facebookAdapter = defineSiteAdapter('facebook', POSTING_SELECTOR, (root, add) => {
  // Feed units and featured-post cards in one query, so they come in page order.
  const posts = outermost(queryAll(root, `${SELECTORS.post}, ${SELECTORS.featuredPost}`));
  for (const post of posts) {
    const message = textOf(queryFirst(post, SELECTORS.postMessage), { skip: SELECTORS.chrome });
    // A link preview often repeats the message (ads): keep only what it adds.
    const attachment = queryAll(post, SELECTORS.postAttachment)
      .map((part) => textOf(part, { skip: SELECTORS.chrome }))
      .filter((part) => part && !message.includes(part));
    add(post, {
      body: [message, ...attachment].filter(Boolean).join('\n'),
      url: postUrl(post),
    });
  }

  for (const post of outermost(queryAll(root, SELECTORS.mobilePost))) {
    const lines = outermost(queryAll(post, SELECTORS.mobileText))
      .filter((line) => !isInsideButton(line, post))
      .map((line) => oneLine(textOf(line)))
      .filter(Boolean);
    add(post, { body: lines.join('\n'), url: postUrl(post) });
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

/** Is `line` part of a button inside `post` (the post itself may be clickable as a whole)? */
function isInsideButton(line: Element, post: Element): boolean {
  const button = closestSafe(line, SELECTORS.mobileChrome);
  return !!button && button !== post && post.contains(button);
}

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
