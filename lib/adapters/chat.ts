// What a posting is on a chat surface (Telegram Web, WhatsApp Web, Messenger):
//
//   the open conversation's last RECENT_INCOMING_MESSAGES incoming messages, read together as one posting,
//   with the conversation's message list as its element.
//
// Why together: recruiters split a lure over several short messages ("job in Cambodia", "1,500 USD",
// "free flight", "add me on Telegram"); no single bubble carries enough to judge, the conversation does.
// Why incoming only: the user's own words are not the recruiter's, and stay out of every posting.
// When a new message arrives, the runtime maps the added bubble to the list (`postingSelector` + closest) and
// calls `find` on it again; the posting's text, hence its key, changes and it is scored afresh.
import type { PostingFields } from './define';
import { pageUrl } from './dom';

/** How many of the latest incoming messages make up a conversation's posting. */
export const RECENT_INCOMING_MESSAGES = 12;

/** The conversation's posting, for the adapter's `add(list, ...)`: the latest incoming messages as one body. */
export function conversationFields(list: Element, incomingMessages: Element[], readMessage: (message: Element) => string): PostingFields {
  // Empty bubbles (stickers, photos, files) are dropped before the last messages are taken: a group whose last
  // dozen bubbles are media still has text further up.
  const texts = incomingMessages
    .map(readMessage)
    .filter(Boolean)
    .slice(-RECENT_INCOMING_MESSAGES);
  return { body: texts.join('\n'), url: conversationUrl(pageUrl(list)) };
}

/** A fragment that names a chat: Telegram Web keeps the chat in it (#@channel, #-1001234, #777000). */
const CHAT_FRAGMENT = /^#(?:@\w{3,}|-?\d+)$/;

/** The page address without query or UI state, keeping a fragment that names the chat, so chats stay apart. */
export function conversationUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const hashAt = url.indexOf('#');
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const base = url.replace(/[?#].*$/, '');
  return CHAT_FRAGMENT.test(fragment) ? base + fragment : base;
}
