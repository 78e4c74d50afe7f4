// Kalibrr (PH, ID): job board cards and the job view. Its class names are generated utility classes, so cards
// are found from their links instead: a job's address is /c/<company>/jobs/<id>/<slug>, its company's is
// /c/<company>. The job view publishes schema.org JobPosting JSON-LD for search engines, read like the
// generic adapter reads it.
import { defineSiteAdapter } from './define';
import { findJsonLdPostings } from './structured';
import { absoluteUrl, cardAround, firstText, outermost, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Job board and company pages: the link to a job, on its title. */
  jobLink: 'a[href*="/jobs/"][href^="/c/"], a[href*="kalibrr."][href*="/c/"][href*="/jobs/"]',
  /** Job board: the card's company link (a company page, not a job). */
  companyLink: 'a[href^="/c/"]:not([href*="/jobs/"])',
  /** Job board: the card's location, a link to the board filtered by place (/job-board/l/<place>). */
  cardLocation: 'a[href*="/job-board/l/"]',
  /** Job board: the card's save button, whose words are not the posting's. */
  chrome: 'button, [role="button"]',
  /** Job board: the card's title (a heading holding the job link). */
  cardTitle: 'h2, h3, [role="heading"]',
  /** Job view: the main column the JSON-LD posting is shown in. */
  view: 'main, [role="main"]',
  /** Job view: the description section, for when the page has no JSON-LD. */
  viewDescription: '[itemprop="description"], .k-job-description, #job-description',
} as const;

/**
 * Cards have no marker of their own (they are found from their links), so an added node maps to the main
 * column, and `find` on it returns the cards inside.
 */
const POSTING_SELECTOR = SELECTORS.view;

export const kalibrrAdapter = defineSiteAdapter('kalibrr', POSTING_SELECTOR, (root, add) => {
  // Job view: JSON-LD describes the job on the page; attach it to the main column.
  const view = queryFirst(root, SELECTORS.view);
  const [structured] = findJsonLdPostings(root, 'kalibrr');
  let viewElement: Element | undefined;
  if (structured) {
    viewElement = view ?? structured.element;
    add(viewElement, structured.posting);
  } else if (view) {
    const body = textOf(queryFirst(view, SELECTORS.viewDescription));
    if (body) viewElement = view;
    add(view, { title: firstText(view, 'h1'), body, url: absoluteUrl(view.ownerDocument.URL, view) });
  }

  const links = queryAll(root, SELECTORS.jobLink).filter((link) => !viewElement || !isViewLink(link, viewElement));
  const cards = outermost(links.map((link) => cardAround(link, SELECTORS.jobLink, root)));
  for (const card of cards) {
    const link = queryFirst(card, SELECTORS.jobLink);
    add(card, {
      title: firstText(card, SELECTORS.cardTitle) ?? (link ? textOf(link) : undefined),
      company: firstText(card, SELECTORS.companyLink),
      location: firstText(card, SELECTORS.cardLocation),
      body: textOf(card, { skip: SELECTORS.chrome }),
      url: link ? absoluteUrl(link.getAttribute('href'), link)?.replace(/[?#].*$/, '') : undefined,
    });
  }
});

/** On the job view, the "similar jobs" cards sit inside main too; they stay separate cards. */
function isViewLink(link: Element, view: Element): boolean {
  return view.contains(link) && !!link.closest('h1');
}
