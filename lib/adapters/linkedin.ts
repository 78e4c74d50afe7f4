// LinkedIn: job search list cards, the job view (its own page or the search page's detail pane), feed posts.
// Logged-in pages use Ember ids and long class names; the hooks below are the ones that lasted: data-job-id /
// data-occludable-job-id, the #job-details description, data-urn on feed updates. Guest pages are covered too.
import { defineSiteAdapter } from './define';
import { absoluteUrl, firstText, linkUrl, looksLikePay, oneLine, outermost, outermostAround, pageUrl, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Job search list: one card per job (logged-in list item, or the guest search card). */
  jobCard: 'li[data-occludable-job-id], div.job-card-container[data-job-id], div[data-job-id].job-card-list, .base-card[data-entity-urn*="jobPosting"]',
  /** Job search list: the card's title link. */
  jobCardTitle: '[class*="job-card-list__title"] strong, a.job-card-container__link, .artdeco-entity-lockup__title, .base-search-card__title',
  /** Job search list: the card's company line. */
  jobCardCompany: '.artdeco-entity-lockup__subtitle, .job-card-container__primary-description, .base-search-card__subtitle',
  /** Job search list: the card's location line. */
  jobCardLocation: '.job-card-container__metadata-item, .artdeco-entity-lockup__caption li, .job-search-card__location',
  /** Job search list: the pay line LinkedIn shows under the location, when the poster gave pay. */
  jobCardSalary: '.artdeco-entity-lockup__metadata, .job-search-card__salary-info',
  /** Job search list: the link to the job view. */
  jobCardLink: 'a[href*="/jobs/view/"]',
  /** Job view: the description (stable id, logged-in page and search detail pane). */
  jobDescription: '#job-details, .jobs-description__content, .show-more-less-html__markup',
  /** Job view: the pane or page holding the top card and the description. */
  jobView: '.jobs-details, .job-view-layout, .jobs-search__job-details--wrapper, .top-card-layout + .core-section-container, .decorated-job-posting__details',
  /** Job view: the job title in the top card (`job-details-jobs-unified-…` now, `jobs-unified-…` before). */
  jobViewTitle: '[class*="unified-top-card__job-title"], .top-card-layout__title, h1',
  /** Job view: the company name in the top card. */
  jobViewCompany: '[class*="unified-top-card__company-name"], .topcard__org-name-link',
  /** Job view: the first item of the top card's description line (the location). */
  jobViewLocation: '[class*="unified-top-card__primary-description"] .tvm__text, .jobs-unified-top-card__bullet, .topcard__flavor--bullet',
  /** Job view: the pay pill, when given. */
  jobViewSalary: '.job-details-fit-level-preferences .salary, #SALARY, .compensation__salary',
  /** Job view: the job's own link in the top card. */
  jobViewLink: '[class*="unified-top-card__job-title"] a[href*="/jobs/view/"], a.topcard__link[href*="/jobs/view/"]',
  /** Feed: one update (post), with its activity URN. */
  feedPost: 'div[data-urn^="urn:li:activity:"], div[data-id^="urn:li:activity:"], div[data-urn^="urn:li:ugcPost:"]',
  /** Feed: the post's own text (not the author line, not comments). */
  feedPostText: '.update-components-text, .feed-shared-update-v2__description, .feed-shared-inline-show-more-text',
  /** Everywhere: buttons and "see more" toggles whose words are not the posting's. */
  chrome: 'button, .visually-hidden, .artdeco-button, .feed-shared-inline-show-more-text__see-more-less-toggle',
} as const;

const POSTING_SELECTOR = [SELECTORS.jobCard, SELECTORS.jobView, SELECTORS.feedPost].join(', ');

export const linkedinAdapter = defineSiteAdapter('linkedin', POSTING_SELECTOR, (root, add) => {
  for (const card of outermost(queryAll(root, SELECTORS.jobCard))) {
    const title = firstText(card, SELECTORS.jobCardTitle);
    const company = firstText(card, SELECTORS.jobCardCompany);
    const location = firstText(card, SELECTORS.jobCardLocation);
    const salary = firstText(card, SELECTORS.jobCardSalary);
    add(card, {
      title,
      company,
      location,
      salary: looksLikePay(salary) ? salary : undefined,
      body: textOf(card, { skip: SELECTORS.chrome }),
      url: jobUrl(card),
    });
  }

  for (const view of outermostAround(root, SELECTORS.jobDescription, SELECTORS.jobView)) {
    const description = queryFirst(view, SELECTORS.jobDescription);
    add(view, {
      title: firstText(view, SELECTORS.jobViewTitle),
      company: firstText(view, SELECTORS.jobViewCompany),
      location: firstText(view, SELECTORS.jobViewLocation),
      salary: firstText(view, SELECTORS.jobViewSalary),
      body: textOf(description, { skip: SELECTORS.chrome }),
      url: linkUrl(view, SELECTORS.jobViewLink) ?? pageUrl(view),
    });
  }

  for (const post of outermost(queryAll(root, SELECTORS.feedPost))) {
    const urn = post.getAttribute('data-urn') ?? post.getAttribute('data-id') ?? '';
    add(post, {
      body: textOf(queryFirst(post, SELECTORS.feedPostText), { skip: SELECTORS.chrome }),
      url: urn ? absoluteUrl(`/feed/update/${urn}/`, post) : undefined,
    });
  }
});

function jobUrl(card: Element): string | undefined {
  const id = card.getAttribute('data-occludable-job-id') ?? card.getAttribute('data-job-id');
  const link = linkUrl(card, SELECTORS.jobCardLink);
  if (link) return link.replace(/\?.*$/, '');
  return id && /^\d+$/.test(oneLine(id)) ? absoluteUrl(`/jobs/view/${id}/`, card) : undefined;
}
