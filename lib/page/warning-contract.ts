// The contract between the page runtime (lib/page) and the inline warning UI (components/warning). lib/ may not
// import components/, so the content-script entrypoint hands the runtime a renderer that fulfils this.
import type { Posting, Verdict } from '../engine/types';

/**
 * Set on the warning's host elements for their style and for tests. Never trusted: page script can set it on
 * anything. The runtime knows its own hosts by reference (WarningHandle.host).
 */
export const WARNING_HOST_ATTRIBUTE = 'data-job-lure-alert';

export interface WarningView {
  posting: Posting;
  verdict: Verdict;
  /** The posting's hash (lib/storage/posting-key.ts). */
  key: string;
  /** The user marked it "Not a scam" on this page: the warning shrinks to a line with an Undo button. */
  dismissed: boolean;
  onDismiss(): void;
  onUndoDismiss(): void;
}

export interface WarningHandle {
  /** The element the renderer put into the page (the runtime skips it when it looks for postings). */
  readonly host: Element;
  update(view: WarningView): void;
  remove(): void;
  /** False when the page threw the warning out (a re-render replaced the posting's children). */
  isAttached(): boolean;
  /** Put it back into the posting after the page removed it. */
  reattach(): void;
  /** Move keyboard focus to the warning (after the popup asked to scroll to it). */
  focus(): void;
}

export interface WarningRenderer {
  /** Attach a warning to `postingElement` and render `view` into it. */
  show(postingElement: Element, view: WarningView): WarningHandle;
}
