// X (Twitter): posts in timelines, search, profiles and a post's own page. X marks its parts with data-testid
// for its own tests; those have held through the rename. Only the post's text is read, never the author.
import { defineSiteAdapter } from './define';
import { absoluteUrl, outermost, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Timelines and post pages: one post. */
  post: 'article[data-testid="tweet"]',
  /** A post's text; a quoted post's text is a second one, inside the quote's role="link" box. */
  postText: '[data-testid="tweetText"]',
  /** A post's own link: the timestamp (a <time> inside a link to /<user>/status/<id>). */
  postTime: 'a[href*="/status/"] time',
  /** A post's own link when it shows no timestamp. */
  postLink: 'a[href*="/status/"]',
} as const;

export const xAdapter = defineSiteAdapter('x', SELECTORS.post, (root, add) => {
  for (const post of outermost(queryAll(root, SELECTORS.post))) {
    const texts = queryAll(post, SELECTORS.postText).map((text) => textOf(text)).filter(Boolean);
    const link = queryFirst(post, SELECTORS.postTime)?.closest('a') ?? queryFirst(post, SELECTORS.postLink);
    add(post, {
      body: texts.join('\n'),
      url: link ? absoluteUrl(link.getAttribute('href'), link)?.replace(/\/(?:analytics|photo\/\d+)$/, '') : undefined,
    });
  }
});
