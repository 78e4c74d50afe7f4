// JobStreet (PH, MY, SG, ID) and JobsDB (HK, TH) run on the same SEEK Asia platform and share its markup: every
// part of a job card and of the job view carries a data-automation attribute (SEEK's test hooks), which is
// steadier than its generated class names. One finder, two adapters, so each site can be turned off alone.
import type { SiteAdapter } from './types';
import { defineSiteAdapter, type AddPosting } from './define';
import { absoluteUrl, closestSafe, commonAncestor, firstText, linkUrl, oneLine, outermost, pageUrl, queryAll, queryFirst, textOf } from './dom';

export const SELECTORS = {
  /** Search results: one job card (normal and premium placements). */
  card: 'article[data-card-type="JobCard"], article[data-automation="normalJob"], article[data-automation="premiumJob"]',
  /** Search results: the card's title link. */
  cardTitle: 'a[data-automation="jobTitle"]',
  /** Search results: the advertiser. */
  cardCompany: '[data-automation="jobCompany"]',
  /** Search results: the location (one link per part, each inside its own jobCardLocation wrapper, or bare). */
  cardLocation: '[data-automation="jobCardLocation"], [data-automation="jobLocation"]',
  /** Search results: the pay line, when the advertiser gave one. */
  cardSalary: '[data-automation="jobSalary"]',
  /** Job view: the full advertisement. */
  viewDetails: '[data-automation="jobAdDetails"]',
  /** Job view: the page or the split view's right pane. */
  view: '[data-automation="jobDetailsPage"], [data-automation="splitViewJobDetailsWrapper"]',
  /** Job view: the title. */
  viewTitle: '[data-automation="job-detail-title"]',
  /** Job view: the advertiser. */
  viewCompany: '[data-automation="advertiser-name"]',
  /** Job view: the location. */
  viewLocation: '[data-automation="job-detail-location"]',
  /** Job view: the pay line. */
  viewSalary: '[data-automation="job-detail-salary"]',
  /**
   * Everywhere: buttons (save, hide) whose words are not the posting's, and the screen-reader label before a
   * card's classification ("subClassification: ..."), which repeats it.
   */
  chrome: 'button, [role="button"], :has(+ [data-automation="jobSubClassification"]), :has(+ [data-automation="jobClassification"])',
} as const;

const POSTING_SELECTOR = `${SELECTORS.card}, ${SELECTORS.view}`;

function findSeekPostings(root: ParentNode, add: AddPosting): void {
  for (const card of outermost(queryAll(root, SELECTORS.card))) {
    const jobId = card.getAttribute('data-job-id');
    add(card, {
      title: firstText(card, SELECTORS.cardTitle),
      company: firstText(card, SELECTORS.cardCompany),
      location: readLocation(card, SELECTORS.cardLocation),
      salary: firstText(card, SELECTORS.cardSalary),
      // The whole card, not only the teaser: a teaser alone reads like a short message to the engine.
      body: textOf(card, { skip: SELECTORS.chrome }),
      url: (jobId && /^\d+$/.test(jobId) ? absoluteUrl(`/job/${jobId}`, card) : undefined) ?? stripQuery(linkUrl(card, SELECTORS.cardTitle)),
    });
  }

  const views = queryAll(root, SELECTORS.viewDetails).map((details) => viewAround(details));
  for (const view of outermost(views)) {
    add(view, {
      title: firstText(view, SELECTORS.viewTitle),
      company: firstText(view, SELECTORS.viewCompany),
      location: firstText(view, SELECTORS.viewLocation),
      salary: firstText(view, SELECTORS.viewSalary),
      body: textOf(queryFirst(view, SELECTORS.viewDetails)),
      url: stripQuery(pageUrl(view)),
    });
  }
}

/** The job view around the details: the marked page or pane, else the block holding both title and details. */
function viewAround(details: Element): Element {
  const marked = closestSafe(details, SELECTORS.view);
  if (marked) return marked;
  const title = details.ownerDocument.querySelector(SELECTORS.viewTitle);
  return (title && commonAncestor(title, details)) || details;
}

/**
 * Location parts are separate links ("Makati City", "Metro Manila"): read them as one line. The wrapper and the
 * link inside it both match: only the outermost of each is read, and a part repeated is kept once.
 */
function readLocation(card: Element, selector: string): string | undefined {
  const parts = outermost(queryAll(card, selector)).map((part) => oneLine(textOf(part)).replace(/^,\s*|,\s*$/g, ''));
  const unique = parts.filter((part, index) => part && parts.indexOf(part) === index);
  return unique.length > 0 ? unique.join(', ') : undefined;
}

function stripQuery(url: string | undefined): string | undefined {
  return url?.replace(/[?#].*$/, '');
}

export const jobstreetAdapter: SiteAdapter = defineSiteAdapter('jobstreet', POSTING_SELECTOR, findSeekPostings);
export const jobsdbAdapter: SiteAdapter = defineSiteAdapter('jobsdb', POSTING_SELECTOR, findSeekPostings);
