// Reddit: posts on the current site (the <shreddit-post> web component, in feeds and on a post's page) and on
// old.reddit.com (div.thing). The web component carries the title and permalink as attributes; its text body
// is slotted light DOM, so it is readable without entering any shadow root. Comments are left out.
import { defineSiteAdapter } from './define';
import { absoluteUrl, firstText, oneLine, outermost, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Current Reddit, feeds and post page: one post. */
  post: 'shreddit-post',
  /** Current Reddit: the post's text body (feed preview or full text on the post page). */
  postBody: '[slot="text-body"]',
  /** Current Reddit: the title, when the post-title attribute is missing. */
  postTitle: '[slot="title"], [id^="post-title-"]',
  /** old.reddit.com: one link or text post (comments are things too, of data-type="comment"). */
  oldPost: 'div.thing[data-type="link"]',
  /** old.reddit.com: the title link. */
  oldTitle: 'a.title',
  /** old.reddit.com: the self text, on the post's page or in an opened expando. */
  oldBody: '.usertext-body .md',
} as const;

const POSTING_SELECTOR = `${SELECTORS.post}, ${SELECTORS.oldPost}`;

export const redditAdapter = defineSiteAdapter('reddit', POSTING_SELECTOR, (root, add) => {
  for (const post of outermost(queryAll(root, SELECTORS.post))) {
    const title = oneLine(post.getAttribute('post-title')) || firstText(post, SELECTORS.postTitle);
    const body = textOf(queryFirst(post, SELECTORS.postBody));
    add(post, {
      title,
      body: body || title,
      url: absoluteUrl(post.getAttribute('permalink'), post),
    });
  }
  for (const post of outermost(queryAll(root, SELECTORS.oldPost))) {
    const title = firstText(post, SELECTORS.oldTitle);
    const body = textOf(queryFirst(post, SELECTORS.oldBody));
    add(post, {
      title,
      body: body || title,
      url: absoluteUrl(post.getAttribute('data-permalink'), post),
    });
  }
});
