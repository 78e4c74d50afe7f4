// Telegram Web, both clients: K (web.telegram.org/k/) and A (web.telegram.org/a/). A posting is the open
// conversation's recent incoming messages (see ./chat.ts). In channels and groups every post from others is
// incoming, so a job channel's posts are read the same way.
import { defineSiteAdapter } from './define';
import { conversationFields } from './chat';
import { outermost, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** K: the open chat's message list. */
  kList: '.bubbles',
  /** K: an incoming message bubble (service messages and outgoing ones have other classes). */
  kIncoming: '.bubble.is-in:not(.service)',
  /** K: the bubble's text. */
  kText: '.message',
  /** K: the time, reactions and reply header inside a bubble's text. */
  kMeta: '.time, .time-inner, .reactions, .reply, .bubble-name-forwarded, .peer-title',
  /** A: the open chat's message list. */
  aList: '.MessageList',
  /** A: one message; own messages carry .own. */
  aMessage: '.Message[data-message-id], .Message[id^="message-"]',
  /** A: the message's text. */
  aText: '.text-content',
  /** A: the time, reactions and sender name inside a message's text. */
  aMeta: '.MessageMeta, .Reactions, .message-title, .EmbeddedMessage',
} as const;

const POSTING_SELECTOR = `${SELECTORS.kList}, ${SELECTORS.aList}`;

export const telegramAdapter = defineSiteAdapter('telegram', POSTING_SELECTOR, (root, add) => {
  const lists = outermost([
    ...queryAll(root, SELECTORS.kList),
    ...queryAll(root, SELECTORS.aList),
  ]);
  for (const list of lists) {
    const isK = list.matches(SELECTORS.kList);
    const incoming = isK
      ? queryAll(list, SELECTORS.kIncoming)
      : queryAll(list, SELECTORS.aMessage).filter((message) => !message.classList.contains('own'));
    add(
      list,
      conversationFields(
        list,
        incoming,
        (message) =>
          isK
            ? textOf(queryFirst(message, SELECTORS.kText), { skip: SELECTORS.kMeta })
            : textOf(queryFirst(message, SELECTORS.aText), { skip: SELECTORS.aMeta }),
      ),
    );
  }
});

