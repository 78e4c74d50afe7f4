// OnlineJobs.ph: job search results and the job view. Its markup is server-rendered Bootstrap; the class
// names below have been stable for years (jobpost-cat-box cards, the job-description block).
import { defineSiteAdapter } from './define';
import { absoluteUrl, ancestorHolding, closestSafe, firstText, oneLine, outermost, outermostAround, pageUrl, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Job search: one result card. */
  card: 'div.jobpost-cat-box',
  /** Job search: the card's title heading (the job type badge inside it is left out). */
  cardTitle: 'h4',
  /** Job search: the badge inside the title ("Full Time", "Gig"). */
  cardBadge: '.badge',
  /** Job search: the line under the title: the posting date (in an em), with the employer before it where shown. */
  cardEmployer: 'p.fs-13',
  /** Job search: the posting date inside that line. */
  cardDate: 'em, time, [data-temp]',
  /** Job search: the pay fact's term, which holds only a money icon (its value is the dd after it). */
  cardPayIcon: '[class*="dollar"], [class*="money"], [src*="money"]',
  /** Job search: the card's short description. */
  cardDescription: '.desc, .job-description, p.fs-14',
  /** Job search: the link to the job view (the card is wrapped in it, or holds it). */
  cardLink: 'a[href*="/jobseekers/job/"]',
  /**
   * Job search: the teaser's "See More" link (opens the job in a new tab). Not the card's wrapping link: the parser
   * re-opens that one inside the teaser (a link inside a link), so it holds the teaser's own words.
   */
  cardMoreLink: 'a[href*="/jobseekers/job/"][target="_blank"]',
  /** Job view: the job's description. */
  viewDescription: '#job-description, p.job-description',
  /** Job view: the card or section holding the description (the title and the facts are in cards above it). */
  view: 'section.card, div.card',
  /** Job view: the page's title, marked with the same job id as the description. */
  viewTitle: 'h1',
  /** Job view: the facts list (type, wage, hours), as dt/dd pairs. */
  viewFacts: 'dl',
} as const;

const POSTING_SELECTOR = `${SELECTORS.card}, ${SELECTORS.view}`;

export const onlinejobsAdapter = defineSiteAdapter('onlinejobs', POSTING_SELECTOR, (root, add) => {
  for (const card of outermost(queryAll(root, SELECTORS.card))) {
    const titleElement = queryFirst(card, SELECTORS.cardTitle);
    const link = closestSafe(card, SELECTORS.cardLink) ?? queryFirst(card, SELECTORS.cardLink);
    add(card, {
      title: titleElement ? oneLine(textOf(titleElement, { skip: SELECTORS.cardBadge })) : undefined,
      company: employerOf(card),
      salary: factValue(card, /salary|wage/i) ?? iconFactValue(card, SELECTORS.cardPayIcon),
      body: textOf(queryFirst(card, SELECTORS.cardDescription), { skip: SELECTORS.cardMoreLink }) || textOf(card),
      url: link ? absoluteUrl(link.getAttribute('href'), link) : undefined,
    });
  }

  for (const view of outermostAround(root, SELECTORS.viewDescription, SELECTORS.view)) {
    // The job view's title and facts sit in their own sections above the description's card.
    const page = ancestorHolding(view, SELECTORS.viewTitle);
    add(view, {
      title: firstText(page, SELECTORS.viewTitle),
      salary: factValue(page, /salary|wage/i),
      body: textOf(queryFirst(view, SELECTORS.viewDescription)),
      url: pageUrl(view),
    });
  }
});

/** The employer named on the line under the title, when it names one ("Acme • Posted on ..."); never the date. */
function employerOf(card: Element): string | undefined {
  const line = queryFirst(card, SELECTORS.cardEmployer);
  const parts = oneLine(textOf(line, { skip: SELECTORS.cardDate })).split(/\s+[•·|]\s+|\s+[•·|]$/);
  return parts.map((part) => part.trim()).find((part) => part && !/^posted\b/i.test(part));
}

/** The dd after a dt that holds only an icon matching `icon` (the search cards' pay, shown with a dollar sign). */
function iconFactValue(scope: Element, icon: string): string | undefined {
  for (const term of queryAll(scope, 'dt')) {
    if (oneLine(textOf(term)) || !queryFirst(term, icon)) continue;
    const value = term.nextElementSibling;
    if (value?.tagName === 'DD') return oneLine(textOf(value)) || undefined;
  }
  return undefined;
}

/** The dd (or the following element) after a dt/h3 whose label matches `label`. */
function factValue(scope: Element, label: RegExp): string | undefined {
  for (const term of queryAll(scope, 'dt, h3, .fact-label')) {
    if (!label.test(term.textContent ?? '')) continue;
    const value = term.nextElementSibling;
    if (value) return oneLine(textOf(value)) || undefined;
  }
  return undefined;
}
