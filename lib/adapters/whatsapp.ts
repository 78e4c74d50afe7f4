// WhatsApp Web: a posting is the open conversation's recent incoming messages (see ./chat.ts), the element
// being the conversation panel (#main, stable for years). Incoming bubbles carry .message-in, outgoing
// .message-out; the text is in .selectable-text. The data-pre-plain-text attribute (time and sender's name) is
// never read.
import { defineSiteAdapter } from './define';
import { conversationFields } from './chat';
import { queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** The open conversation panel (the chat list is #pane-side, outside it). */
  conversation: '#main',
  /** An incoming message bubble. */
  incoming: '.message-in',
  /** The message's text (captions of photos included). */
  text: '.copyable-text .selectable-text, .selectable-text',
  /** Times, read receipts and reactions inside a bubble. */
  meta: '[data-testid="msg-meta"], [data-icon], [role="button"]',
} as const;

export const whatsappAdapter = defineSiteAdapter('whatsapp', SELECTORS.conversation, (root, add) => {
  for (const conversation of queryAll(root, SELECTORS.conversation)) {
    const incoming = queryAll(conversation, SELECTORS.incoming);
    add(
      conversation,
      conversationFields(
        conversation,
        incoming,
        (message) => textOf(queryFirst(message, SELECTORS.text), { skip: SELECTORS.meta }),
      ),
    );
  }
});
