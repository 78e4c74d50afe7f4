// Indeed (every country site): search result cards and the job view (its own page, or the search page's
// right-hand pane). Indeed's data-testid attributes and the #jobDescriptionText id have outlived its classes.
import { defineSiteAdapter } from './define';
import { SCREEN_READER_ONLY, absoluteUrl, closestSafe, firstText, outermost, outermostAround, pageUrl, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Search results: one result card (its beacon div, or the outline around it). */
  resultCard: 'div.cardOutline, div.job_seen_beacon, div[data-testid="slider_item"]',
  /** Search results: the title link, carrying the job key in data-jk. */
  resultTitleLink: 'a[data-jk], h2.jobTitle a, a.jcs-JobTitle',
  /** Search results: the title text (a span with the full title in its title attribute). */
  resultTitle: 'h2.jobTitle span[title], h2.jobTitle, [data-testid="jobTitle"]',
  /** Search results: company name. */
  resultCompany: '[data-testid="company-name"], .companyName',
  /** Search results: location. */
  resultLocation: '[data-testid="text-location"], .companyLocation',
  /** Search results: the pay attribute, when given. */
  resultSalary: '[data-testid="attribute_snippet_testid"].salary-snippet-container, .salary-snippet-container, .estimated-salary, [data-testid="salary-snippet-container"]',
  /** Search results: the short description under the card. */
  resultSnippet: '[data-testid="jobsnippet_footer"], .job-snippet, [data-testid="job-snippet"]',
  /** Job view: the full description (stable id). */
  viewDescription: '#jobDescriptionText',
  /** Job view: the page layout or the search page's detail pane around the description. */
  view: '.jobsearch-JobComponent, #jobsearch-ViewjobPaneWrapper, .jobsearch-ViewJobLayout',
  /** Job view: the title. */
  viewTitle: '[data-testid="jobsearch-JobInfoHeader-title"], [data-testid="simpler-jobTitle"], .jobsearch-JobInfoHeader-title',
  /** Job view: the company (the simpler header of 2025-26 marks only its title: the company is the line under it). */
  viewCompany: '[data-testid="inlineHeader-companyName"], [data-company-name="true"], [data-testid="simpler-jobTitle"] + * > :first-child',
  /** Job view: the location. */
  viewLocation: '[data-testid="inlineHeader-companyLocation"], [data-testid="job-location"], [data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  /** Job view: the pay line, when given. */
  viewSalary: '#salaryInfoAndJobType > span:first-child, [data-testid="jobsearch-OtherJobDetailsContainer"] [aria-label="Pay"], [role="group"][aria-label="Pay"] [data-testid="list-item"]',
  /** Job view: words inside the title read to screen readers only (" - job post", under a hashed class). */
  viewTitleHidden: '[data-testid="jobsearch-JobInfoHeader-title"] span span',
  /** Job view: an element carrying the job's key (the apply widget), so a search page's pane gets its job's address. */
  viewJobKey: '[data-indeed-apply-jk]',
  /** Everywhere: buttons and screen-reader-only words. */
  chrome: `button, ${SCREEN_READER_ONLY}, [aria-hidden="true"]`,
  /** Search results: a card copy kept for the carousel or animations, hidden from everyone (not a posting). */
  hiddenCard: '[aria-hidden="true"]',
} as const;

const POSTING_SELECTOR = `${SELECTORS.resultCard}, ${SELECTORS.view}`;

export const indeedAdapter = defineSiteAdapter('indeed', POSTING_SELECTOR, (root, add) => {
  for (const card of outermost(queryAll(root, SELECTORS.resultCard))) {
    if (closestSafe(card, SELECTORS.hiddenCard)) continue;
    const link = queryFirst(card, SELECTORS.resultTitleLink);
    const jobKey = link?.getAttribute('data-jk');
    add(card, {
      title: firstText(card, SELECTORS.resultTitle),
      company: firstText(card, SELECTORS.resultCompany),
      location: firstText(card, SELECTORS.resultLocation),
      salary: firstText(card, SELECTORS.resultSalary),
      body: textOf(queryFirst(card, SELECTORS.resultSnippet), { skip: SELECTORS.chrome }) || textOf(card, { skip: SELECTORS.chrome }),
      url: jobUrl(jobKey, card) ?? absoluteUrl(link?.getAttribute('href'), card),
    });
  }

  for (const view of outermostAround(root, SELECTORS.viewDescription, SELECTORS.view)) {
    add(view, {
      title: firstText(view, SELECTORS.viewTitle, { skip: `${SCREEN_READER_ONLY}, ${SELECTORS.viewTitleHidden}` }),
      company: firstText(view, SELECTORS.viewCompany),
      location: firstText(view, SELECTORS.viewLocation),
      salary: firstText(view, SELECTORS.viewSalary),
      body: textOf(queryFirst(view, SELECTORS.viewDescription)),
      url: jobUrl(queryFirst(view, SELECTORS.viewJobKey)?.getAttribute('data-indeed-apply-jk'), view) ?? pageUrl(view),
    });
  }
});

/** The job's own address from its job key (Indeed's `jk`); undefined for a missing or odd key. */
function jobUrl(jobKey: string | null | undefined, context: Element): string | undefined {
  return jobKey && /^[\w-]+$/.test(jobKey) ? absoluteUrl(`/viewjob?jk=${jobKey}`, context) : undefined;
}
