// Puts warnings into the page: one small host element per flagged posting, with a closed shadow root that adopts
// the one shared stylesheet (no per-posting UI framework set-up, unlike WXT's createShadowRootUi). Closed, so page
// script can neither read the warning nor reach its buttons (`host.shadowRoot` is null for it).
import { render } from 'preact';
import { WARNING_HOST_ATTRIBUTE, type WarningHandle, type WarningRenderer, type WarningView } from '@/lib/page/warning-contract';
import { applyWarningStyles, HOST_DECLARATIONS } from './styles';
import { Warning } from './Warning';

export { WARNING_HOST_ATTRIBUTE };

// Inline and !important: page rules cannot hide, move or restyle the host (inline !important beats them all).
const HOST_STYLE = HOST_DECLARATIONS.join(';');

/** Events that stay inside the warning: the posting's own click handlers and links must not react to them. */
const CONTAINED_EVENTS = ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'];

/** Buttons that change what the warning shows for good: only a person may press them, never page script. */
const USER_ONLY_ACTIONS = new Set(['dismiss', 'undo', 'hide']);

export interface WarningRendererOptions {
  guideUrl: string;
  onOpenGuide?: (section: string, event: Event) => void;
  /** Is this event from the user? Default: the browser says so (`isTrusted`); page script's clicks are not. */
  isUserEvent?: (event: Event) => boolean;
}

export function createWarningRenderer(options: WarningRendererOptions): WarningRenderer {
  const isUserEvent = options.isUserEvent ?? ((event: Event) => event.isTrusted);
  return {
    show(postingElement, view) {
      const doc = postingElement.ownerDocument;
      const host = doc.createElement('div');
      host.setAttribute(WARNING_HOST_ATTRIBUTE, view.verdict.level);
      host.setAttribute('style', HOST_STYLE);
      const shadow = host.attachShadow({ mode: 'closed' });
      applyWarningStyles(shadow);
      const mount = doc.createElement('div');
      shadow.appendChild(mount);
      for (const type of CONTAINED_EVENTS) host.addEventListener(type, (event) => containEvent(event, shadow));
      // Capture on the shadow root runs before the button's own handler.
      shadow.addEventListener('click', (event) => refuseScriptedAction(event, isUserEvent), { capture: true });

      const paint = (next: WarningView) => {
        host.setAttribute(WARNING_HOST_ATTRIBUTE, next.dismissed ? 'dismissed' : next.verdict.level);
        render(<Warning view={next} guideUrl={options.guideUrl} onOpenGuide={options.onOpenGuide} />, mount);
      };
      const attach = () => insertInto(postingElement, host);

      paint(view);
      attach();
      const handle: WarningHandle = {
        host,
        update: paint,
        remove() {
          render(null, mount);
          host.remove();
        },
        isAttached: () => host.isConnected && (postingElement.contains(host) || host.nextElementSibling === postingElement),
        reattach: attach,
        focus() {
          shadow.querySelector<HTMLElement>('.jla')?.focus({ preventScroll: true });
        },
      };
      return handle;
    },
  };
}

/** Drop a click on "Not a scam", "Undo" or "Hide" that no person made (page script calling click()). */
function refuseScriptedAction(event: Event, isUserEvent: (event: Event) => boolean): void {
  if (isUserEvent(event)) return;
  const button = event.composedPath().find((node): node is HTMLButtonElement => node instanceof Element && node.tagName === 'BUTTON');
  if (!button || !USER_ONLY_ACTIONS.has(button.dataset.action ?? '')) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/** Stop the event at the host; cancel a click's default action unless it was on one of our own links. */
function containEvent(event: Event, shadow: ShadowRoot): void {
  event.stopPropagation();
  if (event.type !== 'click' && event.type !== 'auxclick') return;
  const ownLink = event.composedPath().some((node) => node instanceof Element && node.tagName === 'A' && shadow.contains(node));
  // A posting wrapped in a link would otherwise follow it when "Why?" is clicked.
  if (!ownLink) event.preventDefault();
}

/** Where the warning goes: first thing inside the posting, except where a <div> cannot sit. */
function insertInto(postingElement: Element, host: HTMLElement): void {
  const tag = postingElement.tagName;
  if (tag === 'TR') {
    const cell = postingElement.querySelector('td, th');
    if (cell) return void cell.insertBefore(host, cell.firstChild);
  }
  if (tag === 'UL' || tag === 'OL' || tag === 'TABLE' || tag === 'TBODY' || tag === 'IMG') {
    postingElement.parentNode?.insertBefore(host, postingElement);
    return;
  }
  postingElement.insertBefore(host, postingElement.firstChild);
}
