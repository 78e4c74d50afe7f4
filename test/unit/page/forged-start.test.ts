// @vitest-environment jsdom
// guardAgainstForgedStart: page script that sends WXT's "content script started" event must not stop the
// running content script; a real newer copy (after the extension was reloaded) still replaces it.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardAgainstForgedStart } from '../../../lib/page/content-main';

// WXT's browser mock imports `wxt/testing`, whose index also loads esbuild, which refuses to start under jsdom.
vi.mock('wxt/testing', async () => ({ fakeBrowser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

// Private in WXT's types, public at run time (lib/page/content-main.ts reads it the same way).
const STARTED_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/** What page script can send: the event name and detail are readable from the page (WXT posts them on start). */
function forgeStart(contentScriptName: string): void {
  document.dispatchEvent(
    new CustomEvent(STARTED_EVENT, { detail: { contentScriptName, messageId: 'forged' } }),
  );
}

describe('a forged content-script-started event', () => {
  let contextAlive = true;

  it('stops an unguarded content script (the attack this guards against)', () => {
    const ctx = new ContentScriptContext('reddit');
    forgeStart('reddit');
    expect(ctx.signal.aborted).toBe(true);
  });

  describe('with the guard', () => {
    beforeAll(() => guardAgainstForgedStart(window, () => contextAlive));

    it('is ignored while this copy of the content script is alive', () => {
      contextAlive = true;
      const ctx = new ContentScriptContext('reddit');
      const invalidated = vi.fn();
      ctx.onInvalidated(invalidated);
      forgeStart('reddit');
      forgeStart('reddit');
      expect(ctx.signal.aborted).toBe(false);
      expect(invalidated).not.toHaveBeenCalled();
    });

    it('goes through once the extension context is gone (a reloaded extension starts a newer copy)', () => {
      contextAlive = true;
      const ctx = new ContentScriptContext('reddit');
      contextAlive = false;
      forgeStart('reddit');
      expect(ctx.signal.aborted).toBe(true);
    });

    it('leaves other events on the page alone', () => {
      contextAlive = true;
      const seen = vi.fn();
      document.addEventListener('click', seen);
      document.dispatchEvent(new MouseEvent('click'));
      document.removeEventListener('click', seen);
      expect(seen).toHaveBeenCalledTimes(1);
    });
  });
});
