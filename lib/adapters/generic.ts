// The generic adapter: any page the user turns on, and the fallback of every site adapter.
//
//   1. schema.org JobPosting as JSON-LD (top level, arrays, `@graph`) and as microdata: the page says what it is.
//   2. Otherwise, text blocks that read like a job ad: the innermost block element with enough text and words
//      from at least two families of job-ad vocabulary (hiring, pay, apply, requirements, benefits), in several
//      languages. One pass over the text nodes; counts bubble up, no block's text is copied twice.
//
// It runs on arbitrary pages: JSON-LD is parsed with JSON.parse inside try/catch and never evaluated; markup in
// descriptions is stripped as text, never parsed into the page.
import type { Posting } from '../engine/types';
import type { FoundPosting, SiteAdapter } from './types';
import {
  absoluteUrl,
  closestSafe,
  compact,
  firstText,
  isElement,
  oneLine,
  pageUrl,
  queryAll,
  queryFirst,
  textOf,
} from './dom';

export const GENERIC_SITE_ID = 'generic';

export const SELECTORS = {
  /** JSON-LD blocks, any page: schema.org data for search engines (Google for Jobs reads JobPosting there). */
  jsonLd: 'script[type="application/ld+json" i]',
  /** Microdata JobPosting items, any page: `itemtype="https://schema.org/JobPosting"` (http or https). */
  microdataJobPosting: '[itemscope][itemtype*="schema.org/JobPosting" i]',
  /** Where a JSON-LD posting's visible text most likely is, when no heading carries its title. */
  mainContent: 'main, [role="main"]',
  /** Containers a heading that carries the posting's title can belong to. */
  headingContainer: 'article, [role="article"], li, [role="listitem"], section, main, [role="main"]',
  /** Headings that give a text block its title. */
  heading: 'h1, h2, h3, h4, [role="heading"]',
  /** Subtrees never read as a posting: navigation, site header and footer, hidden parts, this extension's own UI. */
  excluded:
    'nav, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [aria-hidden="true"], [hidden], [data-job-lure-alert]',
} as const;

/** Elements that can be a text-block posting (a job card, a post, a description). Inline text counts toward them. */
const BLOCK_CONTAINER_TAGS = new Set(['ARTICLE', 'SECTION', 'DIV', 'LI', 'TD', 'BLOCKQUOTE', 'MAIN', 'DD']);
const NEVER_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'HEAD']);

/** Fewer characters than this is a headline or a button, not an ad. */
export const MIN_BLOCK_CHARS = 60;
/** More characters than this is a page or a whole feed, not one ad. */
export const MAX_BLOCK_CHARS = 15_000;
/** Distinct vocabulary families a block needs to read like a job ad. */
export const MIN_VOCABULARY_FAMILIES = 2;
/** Work caps, so the generic adapter stays cheap on any page. */
export const MAX_TEXT_NODES = 40_000;
export const MAX_POSTINGS = 40;
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_JSON_LD_NODES = 5_000;
const MAX_FIELD_CHARS = 20_000;

/**
 * Job-ad vocabulary, one family per entry. English, Filipino, Indonesian/Malay, Vietnamese, Chinese, Thai,
 * Spanish, Portuguese, French. Scripts without spaces (zh, th) are matched without word boundaries.
 */
export const JOB_AD_VOCABULARY: Record<string, RegExp> = {
  hiring:
    /\b(?:hiring|we(?:'re| are) looking for|job (?:opening|offer|vacanc)|vacanc(?:y|ies)|now recruiting|recruit(?:ing|ment)|urgent(?:ly)? need|job post|naghahanap|trabaho|lowongan|dibutuhkan|jawatan kosong|kekosongan|tuyển dụng|cần tuyển|vacante|se busca|contratando|oferta de empleo|vaga de|offre d'emploi)|招聘|诚聘|急聘|招工|รับสมัคร/iu,
  pay:
    /\b(?:salary|salaries|wage|pay(?:ing)?|per month|a month|monthly|per hour|paid|usd|php|sahod|sweldo|gaji|upah|lương|sueldo|salario|salário|salaire|commission)\b|[$₱€£¥฿₫]\s?\d|\brm ?\d|\d\s?(?:k|usd|php)\b|薪|工资|月入|เงินเดือน|รายได้/iu,
  apply:
    /\b(?:apply|applicants?|application|send (?:your )?(?:cv|resume)|submit (?:your )?(?:cv|resume)|contact|dm me|pm me|message (?:us|me)|interested|mag-?apply|lamar|kirim cv|ứng tuyển|liên hệ|postula|envía tu|candidat)|应聘|投递|联系|ติดต่อ|สนใจ/iu,
  requirements:
    /\b(?:requirements?|qualifications?|experience|skills?|fresh grad|degree|graduate|kwalipikasyon|karanasan|syarat|kualifikasi|pengalaman|yêu cầu|kinh nghiệm|requisitos|experiencia|expérience|exigences)|要求|经验|คุณสมบัติ|ประสบการณ์/iu,
  benefits:
    /\b(?:benefits?|allowance|accommodation|free (?:food|meals?|flight|ticket|visa|housing|lodging)|insurance|bonus|overtime|pabahay|libreng|tunjangan|mess|alojamiento|hébergement)\b|包吃住|机票|ที่พัก/iu,
};
const VOCABULARY_FAMILIES = Object.values(JOB_AD_VOCABULARY);

export const genericAdapter: SiteAdapter = {
  id: GENERIC_SITE_ID,
  name: 'Any page (generic)',
  matches: [],
  find(root: ParentNode): FoundPosting[] {
    const structured = uniqueByElement([...findJsonLdPostings(root), ...findMicrodataPostings(root)]);
    if (structured.length > 0) return structured.slice(0, MAX_POSTINGS);
    return findTextBlockPostings(root);
  },
};

// ---------------------------------------------------------------------------------------------------------------
// JSON-LD

/** JobPosting objects from every JSON-LD block in `root`. Malformed or hostile JSON is skipped, never thrown. */
export function findJsonLdPostings(root: ParentNode, site = GENERIC_SITE_ID): FoundPosting[] {
  const found: FoundPosting[] = [];
  for (const script of queryAll(root, SELECTORS.jsonLd)) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    for (const item of collectJobPostings(data)) {
      const posting = postingFromJsonLd(item, script, site);
      if (!posting) continue;
      const element = anchorFor(root, script, posting.title);
      if (element) found.push({ element, posting });
    }
  }
  return found;
}

/** Every JobPosting object in parsed JSON-LD: top level, arrays, `@graph`, ItemList entries. Bounded walk. */
export function collectJobPostings(data: unknown): Record<string, unknown>[] {
  const postings: Record<string, unknown>[] = [];
  const queue: unknown[] = [data];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_JSON_LD_NODES) {
    const value = queue.shift();
    visited++;
    if (Array.isArray(value)) {
      queue.push(...value.slice(0, MAX_JSON_LD_NODES));
      continue;
    }
    if (!isRecord(value)) continue;
    if (hasType(value, 'JobPosting')) {
      postings.push(value);
      continue;
    }
    for (const key of ['@graph', 'itemListElement', 'item', 'mainEntity']) {
      if (key in value) queue.push(value[key]);
    }
  }
  return postings;
}

function postingFromJsonLd(item: Record<string, unknown>, context: Node, site: string): Posting | null {
  const title = plainText(item.title) || plainText(item.name);
  const description = plainText(item.description);
  const body = description || title;
  if (!body) return null;
  const posting: Posting = compact({
    title: title || undefined,
    body,
    company: organisationName(item.hiringOrganization),
    location: jobLocation(item),
    salary: salaryText(item.baseSalary) ?? salaryText(item.estimatedSalary),
    url: (typeof item.url === 'string' ? absoluteUrl(item.url, context) : undefined) ?? pageUrl(context),
    site,
  });
  return posting;
}

function organisationName(value: unknown): string | undefined {
  if (Array.isArray(value)) return organisationName(value[0]);
  if (isRecord(value)) return plainText(value.name) || undefined;
  return plainText(value) || undefined;
}

function jobLocation(item: Record<string, unknown>): string | undefined {
  const places = Array.isArray(item.jobLocation) ? item.jobLocation : [item.jobLocation];
  const names: string[] = [];
  for (const place of places.slice(0, 10)) {
    const name = placeName(place);
    if (name && !names.includes(name)) names.push(name);
  }
  if (names.length === 0 && plainText(item.jobLocationType).toUpperCase() === 'TELECOMMUTE') names.push('Remote');
  if (names.length === 0) {
    const required = placeName(Array.isArray(item.applicantLocationRequirements) ? item.applicantLocationRequirements[0] : item.applicantLocationRequirements);
    if (required) names.push(required);
  }
  return names.join('; ') || undefined;
}

function placeName(place: unknown): string | undefined {
  if (!isRecord(place)) return plainText(place) || undefined;
  const address = place.address;
  if (isRecord(address)) {
    const parts = [address.addressLocality, address.addressRegion, address.addressCountry]
      .map((part) => (isRecord(part) ? plainText(part.name) : plainText(part)))
      .filter((part, index, all) => part && all.indexOf(part) === index);
    if (parts.length > 0) return parts.join(', ');
  }
  return plainText(address) || plainText(place.name) || undefined;
}

function salaryText(value: unknown): string | undefined {
  if (Array.isArray(value)) return salaryText(value[0]);
  if (!isRecord(value)) return plainText(value) || undefined;
  const currency = plainText(value.currency);
  const amount = value.value;
  let figure = '';
  let unit = plainText(value.unitText);
  if (isRecord(amount)) {
    const min = plainText(amount.minValue);
    const max = plainText(amount.maxValue);
    figure = min && max ? `${min}-${max}` : plainText(amount.value) || min || max;
    unit = plainText(amount.unitText) || unit;
  } else {
    figure = plainText(amount);
  }
  const text = [currency, figure].filter(Boolean).join(' ') + (figure && unit ? ` per ${unit.toLowerCase()}` : '');
  return text.trim() || undefined;
}

/** A JSON-LD value as one-line plain text: numbers as digits, markup stripped, entities decoded, length capped. */
function plainText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    if (isRecord(value) && typeof value['@value'] === 'string') return plainText(value['@value']);
    return '';
  }
  let text = value.slice(0, MAX_FIELD_CHARS);
  // Descriptions often carry HTML, sometimes entity-encoded twice: strip, decode, strip again.
  for (let round = 0; round < 2; round++) {
    text = decodeEntities(stripTags(text));
  }
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<(?:br|\/p|\/div|\/li|\/h[1-6]|\/tr)\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, ' ');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  const types = Array.isArray(value['@type']) ? value['@type'] : [value['@type']];
  return types.some((entry) => typeof entry === 'string' && entry.replace(/^.*[/:#]/, '') === type);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The visible element a structured posting belongs to: its title's heading container, else the main content. */
function anchorFor(root: ParentNode, source: Element, title: string | undefined): Element | null {
  if (title) {
    const wanted = title.toLowerCase();
    for (const heading of queryAll(root, 'h1, h2, h3')) {
      if (oneLine(heading.textContent).toLowerCase().includes(wanted)) {
        return closestSafe(heading, SELECTORS.headingContainer) ?? heading.parentElement ?? heading;
      }
    }
  }
  const main = queryFirst(root, SELECTORS.mainContent);
  if (main) return main;
  const doc = source.ownerDocument;
  if (doc.body && (root === doc || doc.body.contains(source) || source.closest('head'))) return doc.body;
  return isElement(root) ? root : source.parentElement;
}

// ---------------------------------------------------------------------------------------------------------------
// Microdata

/** Microdata JobPosting items in `root`, the item element being the posting's container. */
export function findMicrodataPostings(root: ParentNode, site = GENERIC_SITE_ID): FoundPosting[] {
  const found: FoundPosting[] = [];
  for (const item of queryAll(root, SELECTORS.microdataJobPosting)) {
    if (!/JobPosting\s*$/i.test(item.getAttribute('itemtype') ?? '')) continue;
    const title = itemValue(item, 'title');
    const description = itemValue(item, 'description');
    const organisation = queryFirst(item, '[itemprop~="hiringOrganization"]');
    const company = organisation
      ? itemValue(organisation, 'name') || oneLine(propertyValue(organisation))
      : undefined;
    const location = itemValue(item, 'jobLocation');
    const salary = itemValue(item, 'baseSalary') || itemValue(item, 'estimatedSalary');
    const body = description || textOf(item);
    if (!body) continue;
    const link = queryFirst(item, '[itemprop~="url"]');
    found.push({
      element: item,
      posting: compact({
        title: title || undefined,
        body,
        company: company || undefined,
        location: location ? oneLine(location) : undefined,
        salary: salary ? oneLine(salary) : undefined,
        url: link ? absoluteUrl(propertyValue(link), link) : undefined,
        site,
      }),
    });
  }
  return found;
}

function itemValue(scope: Element, property: string): string {
  const element = queryFirst(scope, `[itemprop~="${property}"]`);
  if (!element || element === scope) return '';
  return property === 'description' ? textOf(element) : oneLine(propertyValue(element));
}

/** A microdata property's value: `content` on meta, `href` on links, `datetime` on time, text otherwise. */
function propertyValue(element: Element): string {
  const tag = element.tagName.toUpperCase();
  if (tag === 'META') return element.getAttribute('content') ?? '';
  if (tag === 'A' || tag === 'LINK') return element.getAttribute('href') ?? '';
  if (element.hasAttribute('content')) return element.getAttribute('content') ?? '';
  return textOf(element);
}

// ---------------------------------------------------------------------------------------------------------------
// Text blocks

interface BlockStats {
  chars: number;
  /** Bit per vocabulary family found. */
  families: number;
  /** A block inside this subtree already qualified (so this one is not the innermost). */
  qualifiedInside: boolean;
}

/** Innermost block elements in `root` that read like a job ad. */
export function findTextBlockPostings(root: ParentNode, site = GENERIC_SITE_ID): FoundPosting[] {
  const qualifying: Element[] = [];
  let textNodes = 0;

  const visit = (node: Node): BlockStats => {
    const stats: BlockStats = { chars: 0, families: 0, qualifiedInside: false };
    if (node.nodeType === 3) {
      if (++textNodes > MAX_TEXT_NODES) return stats;
      const text = node.nodeValue ?? '';
      const trimmed = text.trim();
      if (trimmed) {
        stats.chars = trimmed.length;
        stats.families = vocabularyFamilies(trimmed);
      }
      return stats;
    }
    if (!isElement(node) && node.nodeType !== 9 && node.nodeType !== 11) return stats;
    if (isElement(node)) {
      if (NEVER_TEXT_TAGS.has(node.tagName.toUpperCase())) return stats;
      if (node !== root && matchesExcluded(node)) return stats;
    }
    for (let child = node.firstChild; child && textNodes <= MAX_TEXT_NODES; child = child.nextSibling) {
      const inner = visit(child);
      stats.chars += inner.chars;
      stats.families |= inner.families;
      stats.qualifiedInside ||= inner.qualifiedInside;
    }
    if (
      isElement(node) &&
      !stats.qualifiedInside &&
      BLOCK_CONTAINER_TAGS.has(node.tagName.toUpperCase()) &&
      readsLikeJobAd(stats)
    ) {
      qualifying.push(node);
      stats.qualifiedInside = true;
    }
    return stats;
  };
  visit(root as Node);

  return qualifying.slice(0, MAX_POSTINGS).map((element) => {
    const heading = queryFirst(element, SELECTORS.heading);
    const headingLink = heading ? queryFirst(heading, 'a[href]') : null;
    return {
      element,
      posting: compact({
        title: heading ? oneLine(textOf(heading)) || undefined : undefined,
        body: textOf(element, { skip: SELECTORS.excluded }),
        url: headingLink ? absoluteUrl(headingLink.getAttribute('href'), headingLink) : undefined,
        site,
      }),
    };
  });
}

function readsLikeJobAd(stats: BlockStats): boolean {
  return (
    stats.chars >= MIN_BLOCK_CHARS && stats.chars <= MAX_BLOCK_CHARS && popCount(stats.families) >= MIN_VOCABULARY_FAMILIES
  );
}

/** Bit mask of the vocabulary families found in `text`. */
export function vocabularyFamilies(text: string): number {
  let mask = 0;
  VOCABULARY_FAMILIES.forEach((pattern, index) => {
    if (pattern.test(text)) mask |= 1 << index;
  });
  return mask;
}

function popCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}

function matchesExcluded(element: Element): boolean {
  try {
    return element.matches(SELECTORS.excluded);
  } catch {
    return false;
  }
}

function uniqueByElement(found: FoundPosting[]): FoundPosting[] {
  const seen = new Set<Element>();
  return found.filter((entry) => {
    if (seen.has(entry.element)) return false;
    seen.add(entry.element);
    return true;
  });
}

/** The generic adapter's posting text for a heading-less element, e.g. for site adapters' own fallbacks. */
export function firstHeadingText(element: Element): string | undefined {
  return firstText(element, SELECTORS.heading);
}
