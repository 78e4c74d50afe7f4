// OnlineJobs.ph: job search results and the job view. Its markup is server-rendered Bootstrap; the class
// names below have been stable for years (jobpost-cat-box cards, the job-description block).
import { defineSiteAdapter } from './define';
import { absoluteUrl, closestSafe, firstText, oneLine, outermost, outermostAround, pageUrl, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Job search: one result card. */
  card: 'div.jobpost-cat-box',
  /** Job search: the card's title heading (the job type badge inside it is left out). */
  cardTitle: 'h4',
  /** Job search: the badge inside the title ("Full Time", "Gig"). */
  cardBadge: '.badge',
  /** Job search: the line with the employer and the posting date. */
  cardEmployer: 'p.fs-13',
  /** Job search: the card's short description. */
  cardDescription: '.desc, .job-description, p.fs-14',
  /** Job search: the link to the job view (the card is wrapped in it, or holds it). */
  cardLink: 'a[href*="/jobseekers/job/"]',
  /** Job view: the job's description. */
  viewDescription: '#job-description, p.job-description',
  /** Job view: the card or section holding title, facts and description. */
  view: 'section.card, div.card',
  /** Job view: the facts list (type, wage, hours), as dt/dd pairs. */
  viewFacts: 'dl',
} as const;

const POSTING_SELECTOR = `${SELECTORS.card}, ${SELECTORS.view}`;

export const onlinejobsAdapter = defineSiteAdapter('onlinejobs', POSTING_SELECTOR, (root, add) => {
  for (const card of outermost(queryAll(root, SELECTORS.card))) {
    const titleElement = queryFirst(card, SELECTORS.cardTitle);
    const link = closestSafe(card, SELECTORS.cardLink) ?? queryFirst(card, SELECTORS.cardLink);
    const employerLine = firstText(card, SELECTORS.cardEmployer);
    add(card, {
      title: titleElement ? oneLine(textOf(titleElement, { skip: SELECTORS.cardBadge })) : undefined,
      company: employerLine?.split(/\s+[•·]\s+/)[0],
      salary: factValue(card, /salary|wage/i),
      body: textOf(queryFirst(card, SELECTORS.cardDescription)) || textOf(card),
      url: link ? absoluteUrl(link.getAttribute('href'), link) : undefined,
    });
  }

  for (const view of outermostAround(root, SELECTORS.viewDescription, SELECTORS.view)) {
    add(view, {
      title: firstText(view, 'h1'),
      salary: factValue(view, /salary|wage/i),
      body: textOf(queryFirst(view, SELECTORS.viewDescription)),
      url: pageUrl(view),
    });
  }
});

/** The dd (or the following element) after a dt/h3 whose label matches `label`. */
function factValue(scope: Element, label: RegExp): string | undefined {
  for (const term of queryAll(scope, 'dt, h3, .fact-label')) {
    if (!label.test(term.textContent ?? '')) continue;
    const value = term.nextElementSibling;
    if (value) return oneLine(textOf(value)) || undefined;
  }
  return undefined;
}
