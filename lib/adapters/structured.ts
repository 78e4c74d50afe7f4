// Postings a page declares itself: schema.org JobPosting as JSON-LD (top level, arrays, `@graph`, ItemList) and
// as microdata. Used by the generic adapter first, and by site adapters whose job views publish JSON-LD.
//
// It runs on arbitrary pages: JSON-LD is parsed with JSON.parse inside try/catch and never evaluated; markup in
// descriptions is stripped as text, never parsed into the page.
import type { Posting } from '../engine/types';
import type { FoundPosting } from './types';
import { absoluteUrl, closestSafe, collapseWhitespace, compact, oneLine, pageUrl, queryAll, queryFirst, textOf } from './dom';

export const GENERIC_SITE_ID = 'generic';

/** JSON-LD blocks: schema.org data for search engines (Google for Jobs reads JobPosting there). */
const JSON_LD = 'script[type="application/ld+json" i]';
/** Microdata items: `itemtype="https://schema.org/JobPosting"` (http or https). */
const MICRODATA_JOB = '[itemscope][itemtype*="schema.org/JobPosting" i]';
/** Containers a heading that carries the posting's title can belong to. */
const HEADING_CONTAINER = 'article, [role="article"], li, [role="listitem"], section, main, [role="main"]';
/** Where a JSON-LD posting's visible text most likely is, when no heading carries its title. */
const MAIN = 'main, [role="main"]';

const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_JSON_LD_NODES = 5_000;
const MAX_FIELD_CHARS = 20_000;

type JsonObject = Record<string, unknown>;

/** JSON-LD and microdata postings in `root`, one per element. */
export function findStructuredPostings(root: ParentNode): FoundPosting[] {
  const seen = new Set<Element>();
  return [...findJsonLdPostings(root), ...findMicrodataPostings(root)].filter(({ element }) => !seen.has(element) && !!seen.add(element));
}

/** JobPosting objects from every JSON-LD block in `root`. Malformed or hostile JSON is skipped, never thrown. */
export function findJsonLdPostings(root: ParentNode, site = GENERIC_SITE_ID): FoundPosting[] {
  const found: FoundPosting[] = [];
  for (const script of queryAll(root, JSON_LD)) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    for (const item of collectJobPostings(data)) {
      const title = plainText(item.title) || plainText(item.name);
      const body = plainText(item.description) || title;
      const element = body && anchorFor(root, script, title);
      if (!element) continue;
      const posting: Posting = compact({
        title: title || undefined,
        body,
        company: nameOf(item.hiringOrganization),
        location: jobLocation(item),
        salary: salaryText(item.baseSalary) ?? salaryText(item.estimatedSalary),
        url: (typeof item.url === 'string' ? absoluteUrl(item.url, script) : undefined) ?? pageUrl(script),
        site,
      });
      found.push({ element, posting });
    }
  }
  return found;
}

/** Every JobPosting object in parsed JSON-LD: top level, arrays, `@graph`, ItemList entries. Bounded walk. */
export function collectJobPostings(data: unknown): JsonObject[] {
  const postings: JsonObject[] = [];
  const queue: unknown[] = [data];
  for (let visited = 0; queue.length > 0 && visited < MAX_JSON_LD_NODES; visited++) {
    const value = queue.shift();
    if (Array.isArray(value)) queue.push(...value.slice(0, MAX_JSON_LD_NODES));
    else if (!isRecord(value)) continue;
    else if (hasType(value, 'JobPosting')) postings.push(value);
    else for (const key of ['@graph', 'itemListElement', 'item', 'mainEntity']) if (key in value) queue.push(value[key]);
  }
  return postings;
}

/** The first entry's `name` (an Organization), or the value itself as text. */
function nameOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return (isRecord(first) ? plainText(first.name) : plainText(first)) || undefined;
}

function jobLocation(item: JsonObject): string | undefined {
  const names: string[] = [];
  for (const place of ([] as unknown[]).concat(item.jobLocation).slice(0, 10)) {
    const name = placeName(place);
    if (name && !names.includes(name)) names.push(name);
  }
  if (names.length === 0 && plainText(item.jobLocationType).toUpperCase() === 'TELECOMMUTE') names.push('Remote');
  const required = item.applicantLocationRequirements;
  return names.join('; ') || placeName(Array.isArray(required) ? required[0] : required);
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

/** A MonetaryAmount as one line: "USD 1500-2000 per month". */
function salaryText(value: unknown): string | undefined {
  if (Array.isArray(value)) return salaryText(value[0]);
  if (!isRecord(value)) return plainText(value) || undefined;
  const amount = value.value;
  let figure = plainText(amount);
  let unit = plainText(value.unitText);
  if (isRecord(amount)) {
    const min = plainText(amount.minValue);
    const max = plainText(amount.maxValue);
    figure = min && max ? `${min}-${max}` : plainText(amount.value) || min || max;
    unit = plainText(amount.unitText) || unit;
  }
  const text = [plainText(value.currency), figure].filter(Boolean).join(' ') + (figure && unit ? ` per ${unit.toLowerCase()}` : '');
  return text.trim() || undefined;
}

/** A JSON-LD value as plain text: numbers as digits, markup stripped, entities decoded, length capped. */
function plainText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isRecord(value) && typeof value['@value'] === 'string') value = value['@value'];
  if (typeof value !== 'string') return '';
  let text = value.slice(0, MAX_FIELD_CHARS);
  // Descriptions often carry HTML, sometimes entity-encoded twice: strip, decode, strip again.
  for (let round = 0; round < 2; round++) text = decodeEntities(stripTags(text));
  return collapseWhitespace(text);
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<(?:br|\/p|\/div|li|\/li|\/h[1-6]|\/tr)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, ' ');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    const code = /x/i.test(entity) ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function hasType(value: JsonObject, type: string): boolean {
  return ([] as unknown[]).concat(value['@type']).some((entry) => typeof entry === 'string' && entry.replace(/^.*[/:#]/, '') === type);
}

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The visible element a structured posting belongs to: its title's heading container, else the main content. */
function anchorFor(root: ParentNode, source: Element, title: string): Element | null {
  const wanted = title.toLowerCase();
  if (wanted) {
    for (const heading of queryAll(root, 'h1, h2, h3')) {
      if (oneLine(heading.textContent).toLowerCase().includes(wanted)) {
        return closestSafe(heading, HEADING_CONTAINER) ?? heading.parentElement ?? heading;
      }
    }
  }
  return queryFirst(root, MAIN) ?? source.ownerDocument.body ?? source.parentElement;
}

/** Microdata JobPosting items in `root`, the item element being the posting's container. */
export function findMicrodataPostings(root: ParentNode, site = GENERIC_SITE_ID): FoundPosting[] {
  const found: FoundPosting[] = [];
  for (const item of queryAll(root, MICRODATA_JOB)) {
    if (!/JobPosting\s*$/i.test(item.getAttribute('itemtype') ?? '')) continue;
    const body = itemValue(item, 'description') || textOf(item);
    if (!body) continue;
    const organisation = queryFirst(item, '[itemprop~="hiringOrganization"]');
    const link = queryFirst(item, '[itemprop~="url"]');
    found.push({
      element: item,
      posting: compact({
        title: itemValue(item, 'title'),
        body,
        company: organisation ? itemValue(organisation, 'name') || oneLine(propertyValue(organisation)) : undefined,
        location: itemValue(item, 'jobLocation'),
        salary: itemValue(item, 'baseSalary') || itemValue(item, 'estimatedSalary'),
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
  if (tag === 'A' || tag === 'LINK') return element.getAttribute('href') ?? '';
  return element.getAttribute('content') ?? textOf(element);
}
