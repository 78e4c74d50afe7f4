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
  const texts = incomingMessages
    .slice(-RECENT_INCOMING_MESSAGES)
    .map(readMessage)
    .filter(Boolean);
  return { body: texts.join('\n'), url: pageUrl(list)?.replace(/[?#].*$/, '') };
}
