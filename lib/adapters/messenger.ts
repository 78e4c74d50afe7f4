// Messenger (www.messenger.com and facebook.com/messages): a posting is the open conversation's recent incoming
// messages (see ./chat.ts), the element being the conversation's message grid. Class names are hashed; the grid
// and rows are ARIA (role="grid", role="row"), and each row starts with a screen-reader heading naming the
// sender, which says "You sent" (in the user's language) on the user's own messages.
import { defineSiteAdapter } from './define';
import { conversationFields } from './chat';
import { oneLine, outermost, queryAll, textOf } from './dom';

export const SELECTORS = {
  /** The open conversation's message grid (its aria-label reads "Messages in conversation with ..."). */
  conversation: 'div[role="main"] div[role="grid"][aria-label]',
  /** One message row. */
  row: 'div[role="row"]',
  /** The screen-reader heading naming the sender of a row. */
  sender: 'h4, h5, h6, [role="heading"]',
  /** The message's text runs. */
  text: 'div[dir="auto"]',
} as const;

/** The sender heading's words on the user's own messages, in the languages this extension ships. */
export const OWN_MESSAGE_HEADINGS = [
  'You sent', 'Ipinadala mo', 'Anda mengirim', 'Anda menghantar', 'Bạn đã gửi', 'คุณส่ง', '你发送了', '你傳送了',
  'Enviaste', 'Você enviou', 'Vous avez envoyé',
];

export const messengerAdapter = defineSiteAdapter('messenger', SELECTORS.conversation, (root, add) => {
  for (const conversation of outermost(queryAll(root, SELECTORS.conversation))) {
    const incoming = queryAll(conversation, SELECTORS.row).filter((row) => !isOwnMessage(row));
    add(
      conversation,
      conversationFields(
        conversation,
        incoming,
        (row) => outermost(queryAll(row, SELECTORS.text)).filter((run) => !run.closest(SELECTORS.sender)).map((run) => textOf(run)).filter(Boolean).join('\n'),
      ),
    );
  }
});

function isOwnMessage(row: Element): boolean {
  return queryAll(row, SELECTORS.sender).some((heading) => {
    const words = oneLine(heading.textContent).toLowerCase();
    return OWN_MESSAGE_HEADINGS.some((own) => words.startsWith(own.toLowerCase()));
  });
}
