// @vitest-environment jsdom
// The conversation a chat adapter reads: the last messages with text, and an address that tells chats apart.
import { describe, expect, it } from 'vitest';
import { RECENT_INCOMING_MESSAGES, conversationFields, conversationUrl } from '../../../lib/adapters/chat';

function bubbles(texts: string[]): Element[] {
  return texts.map((text) => {
    const element = document.createElement('div');
    element.textContent = text;
    return element;
  });
}

describe('conversationFields', () => {
  it('keeps the text above a run of stickers and photos', () => {
    const messages = bubbles(['Chat support job abroad, message me', ...Array.from({ length: RECENT_INCOMING_MESSAGES + 3 }, () => '')]);
    const fields = conversationFields(document.body, messages, (message) => message.textContent ?? '');
    expect(fields.body).toBe('Chat support job abroad, message me');
  });

  it('takes only the last messages that have text', () => {
    const texts = Array.from({ length: RECENT_INCOMING_MESSAGES + 5 }, (_, i) => `message ${i}`);
    const fields = conversationFields(document.body, bubbles(texts), (message) => message.textContent ?? '');
    expect(fields.body?.split('\n')).toEqual(texts.slice(-RECENT_INCOMING_MESSAGES));
  });
});

describe('conversationUrl', () => {
  it.each([
    ['https://web.telegram.org/k/#@jobs_channel', 'https://web.telegram.org/k/#@jobs_channel'],
    ['https://web.telegram.org/a/#-1001234567890', 'https://web.telegram.org/a/#-1001234567890'],
    ['https://web.telegram.org/k/#777000', 'https://web.telegram.org/k/#777000'],
    ['https://web.whatsapp.com/?lang=en', 'https://web.whatsapp.com/'],
    ['https://www.messenger.com/t/12345?ref=x#settings', 'https://www.messenger.com/t/12345'],
  ])('%s -> %s', (url, expected) => {
    expect(conversationUrl(url)).toBe(expected);
  });

  it('keeps two Telegram chats apart', () => {
    expect(conversationUrl('https://web.telegram.org/k/#@one_group')).not.toBe(conversationUrl('https://web.telegram.org/k/#@other_group'));
  });
});
