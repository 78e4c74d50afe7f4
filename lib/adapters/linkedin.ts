// LinkedIn: job search list cards, the job view (its own page or the search page's detail pane), feed posts.
// Logged-in pages use Ember ids and long class names; the hooks below are the ones that lasted: data-job-id /
// data-occludable-job-id, the #job-details description, data-urn on feed updates. Guest pages are covered too.
import { defineSiteAdapter } from './define';
import { SCREEN_READER_ONLY, absoluteUrl, firstText, linkUrl, looksLikePay, oneLine, outermost, outermostAround, pageUrl, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Job search list: one card per job (logged-in list item, or the guest search card). */
  jobCard: 'li[data-occludable-job-id], div.job-card-container[data-job-id], div[data-job-id].job-card-list, .base-card[data-entity-urn*="jobPosting"]',
  /** Job search list: the card's title link. */
  jobCardTitle: '[class*="job-card-list__title"] strong, a.job-card-container__link, .artdeco-entity-lockup__title, h3',
  /**
   * Job search list: the card's company line (logged in), or the link to the company's page (guest cards), or the
   * subtitle under the title heading where the company has no page.
   */
  jobCardCompany: '.artdeco-entity-lockup__subtitle, .job-card-container__primary-description, a[href*="/company/"], h3 + h4, [class*="card__subtitle"]',
  /** Job search list: the card's location line (guest search, similar-jobs and aside cards: `*-job-card__location`). */
  jobCardLocation: '.job-card-container__metadata-item, .artdeco-entity-lockup__caption li, [class*="-card__location"]',
  /** Job search list: the pay line LinkedIn shows under the location, when the poster gave pay. */
  jobCardSalary: '.artdeco-entity-lockup__metadata, [class*="-card__salary"]',
  /** Job search list: the link to the job view. */
  jobCardLink: 'a[href*="/jobs/view/"]',
  /** Job view: the description (stable id, logged-in page and search detail pane). */
  jobDescription: '#job-details, .jobs-description__content, .show-more-less-html__markup',
  /** Job view: the pane or page holding the top card and the description. */
  jobView: '.jobs-details, .job-view-layout, .jobs-search__job-details--wrapper, .top-card-layout + .core-section-container, .decorated-job-posting__details',
  /** Job view: the job title in the top card (`job-details-jobs-unified-…` now, `jobs-unified-…` before). */
  jobViewTitle: '[class*="unified-top-card__job-title"], h1',
  /**
   * Guest job view: the top card, which sits beside the details (not inside them): the section holding the h1.
   * Logged-in views hold their top card inside the view.
   */
  jobViewTopCard: 'section:has(h1), [class*="top-card"]:has(h1)',
  /** Job view: the company name in the top card (logged in), or its link to the company's page (guest). */
  jobViewCompany: '[class*="unified-top-card__company-name"], a[href*="/company/"]:not(:has(img))',
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
  chrome: `button, time, ${SCREEN_READER_ONLY}, .artdeco-button, .feed-shared-inline-show-more-text__see-more-less-toggle`,
} as const;

const POSTING_SELECTOR = [SELECTORS.jobCard, SELECTORS.jobView, SELECTORS.feedPost].join(', ');

export const linkedinAdapter = defineSiteAdapter('linkedin', POSTING_SELECTOR, (root, add) => {
  for (const card of outermost(queryAll(root, SELECTORS.jobCard))) {
    const fieldText = (selectors: string) => firstText(card, selectors, { skip: SCREEN_READER_ONLY });
    const title = fieldText(SELECTORS.jobCardTitle);
    const company = fieldText(SELECTORS.jobCardCompany);
    const location = fieldText(SELECTORS.jobCardLocation);
    const salary = fieldText(SELECTORS.jobCardSalary);
    add(card, {
      title,
      company,
      location,
      salary: looksLikePay(salary) ? salary : undefined,
      // Logged-in cards show the title in an aria-hidden span and give readers a visually hidden copy: keep the
      // shown one, skip the copy, so the title is in the body once.
      body: textOf(card, { skip: SELECTORS.chrome, keepAriaHidden: true }),
      url: jobUrl(card),
    });
  }

  for (const view of outermostAround(root, SELECTORS.jobDescription, SELECTORS.jobView)) {
    const description = queryFirst(view, SELECTORS.jobDescription);
    const topCard = queryFirst(view, SELECTORS.jobViewTitle) ? view : topCardBeside(view);
    const fieldText = (selectors: string) => firstText(topCard, selectors, { skip: SCREEN_READER_ONLY });
    add(view, {
      title: fieldText(SELECTORS.jobViewTitle),
      company: fieldText(SELECTORS.jobViewCompany),
      location: fieldText(SELECTORS.jobViewLocation),
      salary: firstText(view, SELECTORS.jobViewSalary),
      body: textOf(description, { skip: SELECTORS.chrome }),
      url: withoutTracking(linkUrl(view, SELECTORS.jobViewLink) ?? pageUrl(view)),
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

/** The guest view's top card: the nearest section with the job's h1 among the view's ancestors' children. */
function topCardBeside(view: Element): Element {
  for (let scope = view.parentElement; scope; scope = scope.parentElement) {
    const card = queryFirst(scope, SELECTORS.jobViewTopCard);
    if (card && !card.contains(view)) return card;
  }
  return view;
}

/** A job view's address names the job by its path; every query parameter is tracking (refId, trk, eBP, ...). */
function withoutTracking(url: string | undefined): string | undefined {
  return url && /\/jobs\/view\//.test(url) ? url.replace(/[?#].*$/, '') : url;
}

function jobUrl(card: Element): string | undefined {
  const id = card.getAttribute('data-occludable-job-id') ?? card.getAttribute('data-job-id');
  const link = withoutTracking(linkUrl(card, SELECTORS.jobCardLink));
  if (link) return link;
  return id && /^\d+$/.test(oneLine(id)) ? absoluteUrl(`/jobs/view/${id}/`, card) : undefined;
}
