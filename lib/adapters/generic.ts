// The generic adapter: any page the user turns on, and the fallback of every site adapter.
//
//   1. schema.org JobPosting as JSON-LD or microdata (./structured): the page says what it is.
//   2. Otherwise, if the page's text has job-ad vocabulary at all (one bounded pass, one regex): text blocks that
//      read like a job ad. A block is the innermost container whose text (60 to 8,000 characters) names a job
//      (hiring words or a role) and an offer (pay or a way to apply), with words from at least three families,
//      and no words of commentary: a CV-advice article, a news story about a scam or a chat post is not an ad.
//      One pass over the text nodes; counts bubble up, no block's text is copied twice. No layout is read.
import type { FoundPosting, SiteAdapter } from './types';
import { SKIPPED_TAGS, absoluteUrl, compact, oneLine, queryFirst, textOf } from './dom';
import { GENERIC_SITE_ID, findStructuredPostings } from './structured';

export { GENERIC_SITE_ID, collectJobPostings, findJsonLdPostings, findMicrodataPostings } from './structured';

export const SELECTORS = {
  /** Headings that give a text block its title. */
  heading: 'h1, h2, h3, h4, [role="heading"]',
  /**
   * Subtrees never read as a posting: navigation, site header and footer, hidden parts. Not the warning's
   * attribute: a page could set it on a posting to hide it; the warning's host has no light-DOM text anyway.
   */
  excluded: 'nav, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [aria-hidden="true"], [hidden]',
} as const;

/** Elements that can be a text-block posting (a job card, a post, a description). Inline text counts toward them. */
const BLOCK_TAGS = /^(?:ARTICLE|SECTION|DIV|LI|TD|BLOCKQUOTE|MAIN|DD)$/i;

/** Fewer characters than this is a headline or a button, not an ad. */
export const MIN_BLOCK_CHARS = 60;
/** More characters than this is an article, a page or a whole feed, not one ad. */
export const MAX_BLOCK_CHARS = 8_000;
/** Distinct vocabulary families (commentary aside) a block needs to read like a job ad. */
export const MIN_VOCABULARY_FAMILIES = 3;
/** Work caps, so the generic adapter stays cheap on any page. */
export const MAX_TEXT_NODES = 40_000;
/** Characters of page text the vocabulary gate looks at. */
export const MAX_GATE_CHARS = 200_000;
export const MAX_POSTINGS = 40;

/**
 * Job-ad vocabulary, one family per entry (combined into one case-insensitive regex without the `u` flag: fast to
 * compile and run). English, Filipino, Indonesian/Malay, Vietnamese, Chinese, Thai, Spanish, Portuguese, French.
 * Words are matched as prefixes ("agent" finds "agents"); `\b` only stands before ASCII words.
 */
export const FAMILIES = {
  /** Names a job: hiring words... */
  hiring:
    /\b(?:hiring\b(?! manager| process| team| decision)|(?:is|are|['’]re) (?:seeking|looking for)|looking for (?:someone|staff)|join our team|positions? (?:available|open)|job opening|vacanc|urgent(?:ly)? need|naghahanap|lowongan|dibutuhkan|jawatan|tuy[eể]n|vacante|se busca|vaga|offre d'emploi|recrut)|聘|招工|职位|岗位|รับสมัคร/,
  /** ...or a role (or the job's terms, below). */
  role: /\b(?:agent|assistant|officer|staf|clerk|cashier|encoder|typist|representative|csr|chat support|customer (?:service|support)|call cent|data entry|driver|nurse|caregiver|worker|operator|engineer|developer|manager|specialist|analyst|moderator|translator|dealer|karyawan|pekerja|nh[aâ]n vi[eê]n|cskh|emplead)|员|工|客服|พนักงาน/,
  /** An offer: pay... */
  pay: /\b(?:sal[aá]i?r|wage|pa(?:y|id|ying)\b|per (?:month|day|hour|week)|a month|monthly|(?:usd|php|rm) ?\d|sahod|sweldo|gaji|upah|l[uư][oơ]ng|sueldo|commission)|[$₱€£¥฿₫] ?\d|\d ?(?:k|usd|php)\b|薪|工资|月入|เงินเดือน/,
  /** ...a way to apply... */
  apply: /\b(?:apply|applicant|send (?:your )?(?:cv|resume|application)|submit (?:your )?(?:cv|resume)|contact|[dp]m me|message (?:us|me)|interested|whatsapp|telegram|viber|lamar|kirim cv|li[eê]n h[eệ]|postula|candidat)|ứng tuyển|投递|联系|ติดต่อ/,
  /** ...or the job's terms. */
  terms: /\b(?:responsibilit|duties|job (?:description|type|summary)|full[- ]?time|part[- ]?time|contract|permanent|work from home|wfh|shift)|职责|全职|兼职/,
  /** What the job asks and gives. */
  details:
    /\b(?:requirement|qualification|exp[eé]rienc|skill|fresh grad|degree|graduate|syarat|pengalaman|kinh nghi[eệ]m|requisito|benefit|allowance|accommodation|free (?:food|meal|flight|ticket|visa|housing)|insurance|bonus|libreng|tunjangan)|yêu cầu|bao ăn|要求|经验|包吃|包住|机票|ประสบการณ์|ที่พัก/,
  /** Words of writing about jobs, not of offering one: news of a job scam, career advice. */
  commentary:
    /\b(?:career advice|tips (?:for|on) (?:your|job)|police|arrested|rescued|v[ií]ctim|repatriated|nasagip|biktima|pulis|korban|polisi|n[aạ]n nh[aâ]n|c[oô]ng an)|受害|警方|ตำรวจ/,
};

const FAMILY_BITS = Object.keys(FAMILIES);
const bit = (family: keyof typeof FAMILIES): number => 1 << FAMILY_BITS.indexOf(family);
const NAMES_A_JOB = bit('hiring') | bit('role') | bit('terms');
const MAKES_AN_OFFER = bit('pay') | bit('apply') | bit('terms');
const COMMENTARY = bit('commentary');
/** One capturing group per family; which group matched says which family. */
const VOCABULARY = new RegExp(Object.values(FAMILIES).map(({ source }) => `(${source})`).join('|'), 'gi');

export const genericAdapter: SiteAdapter = {
  id: GENERIC_SITE_ID,
  name: 'Any page (generic)',
  matches: [],
  find(root: ParentNode): FoundPosting[] {
    const structured = findStructuredPostings(root);
    if (structured.length > 0) return structured.slice(0, MAX_POSTINGS);
    return mayHoldJobAd(root) ? findTextBlockPostings(root) : [];
  },
};

/** Bit mask of the vocabulary families in `text` (stops early once `enough` bits are all set). */
export function vocabularyFamilies(text: string, enough = -1): number {
  let mask = 0;
  VOCABULARY.lastIndex = 0;
  for (let match = VOCABULARY.exec(text); match; match = VOCABULARY.exec(text)) {
    for (let group = 1; group < match.length; group++) {
      if (match[group] !== undefined) mask |= 1 << (group - 1);
    }
    if ((mask & enough) === enough) break;
    if (match[0] === '') VOCABULARY.lastIndex++;
  }
  VOCABULARY.lastIndex = 0;
  return mask;
}

/**
 * The cheap gate before the text-block walk: does the page's text (its first MAX_GATE_CHARS characters, scripts
 * and styles left out) name a job and an offer at all? Most pages without postings stop here.
 */
export function mayHoldJobAd(root: ParentNode): boolean {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let chars = 0;
  for (let node = walker.nextNode(), count = 0; node && chars < MAX_GATE_CHARS && count < MAX_TEXT_NODES; node = walker.nextNode(), count++) {
    if (SKIPPED_TAGS.test(node.parentNode?.nodeName ?? '')) continue;
    const text = node.nodeValue ?? '';
    parts.push(text);
    chars += text.length;
  }
  return hasJobAndOffer(vocabularyFamilies(parts.join(' '), NAMES_A_JOB | MAKES_AN_OFFER));
}

function hasJobAndOffer(mask: number): boolean {
  return (mask & NAMES_A_JOB) !== 0 && (mask & MAKES_AN_OFFER) !== 0;
}

/** Does a block with these figures read like a job ad? */
export function readsLikeJobAd(chars: number, families: number): boolean {
  let count = 0;
  for (let rest = families & ~COMMENTARY; rest; rest &= rest - 1) count++;
  return (
    chars >= MIN_BLOCK_CHARS &&
    chars <= MAX_BLOCK_CHARS &&
    !(families & COMMENTARY) &&
    hasJobAndOffer(families) &&
    count >= MIN_VOCABULARY_FAMILIES
  );
}

/** Innermost block elements in `root` that read like a job ad. */
export function findTextBlockPostings(root: ParentNode, site = GENERIC_SITE_ID): FoundPosting[] {
  const qualifying: Element[] = [];
  let excluded: Set<Element>;
  try {
    excluded = new Set(root.querySelectorAll(SELECTORS.excluded));
  } catch {
    excluded = new Set();
  }
  let textNodes = 0;

  // Returns [characters, family bits, whether a block inside already qualified] of `node`'s subtree.
  const visit = (node: Node): [number, number, boolean] => {
    if (node.nodeType === 3) {
      const text = ++textNodes > MAX_TEXT_NODES ? '' : (node.nodeValue ?? '').trim();
      return text ? [text.length, vocabularyFamilies(text), false] : [0, 0, false];
    }
    const element = node.nodeType === 1 ? (node as Element) : null;
    if (element && (SKIPPED_TAGS.test(element.tagName) || (node !== root && excluded.has(element)))) {
      return [0, 0, false];
    }
    let chars = 0;
    let families = 0;
    let inside = false;
    for (let child = node.firstChild; child && textNodes <= MAX_TEXT_NODES; child = child.nextSibling) {
      const [childChars, childFamilies, childInside] = visit(child);
      chars += childChars;
      families |= childFamilies;
      inside ||= childInside;
    }
    if (element && !inside && BLOCK_TAGS.test(element.tagName) && readsLikeJobAd(chars, families)) {
      qualifying.push(element);
      inside = true;
    }
    return [chars, families, inside];
  };
  visit(root as Node);

  return qualifying.slice(0, MAX_POSTINGS).map((element) => {
    const heading = queryFirst(element, SELECTORS.heading);
    const link = heading && queryFirst(heading, 'a[href]');
    return {
      element,
      posting: compact({
        title: heading ? oneLine(textOf(heading)) : undefined,
        body: textOf(element, { skip: SELECTORS.excluded }),
        url: link ? absoluteUrl(link.getAttribute('href'), link) : undefined,
        site,
      }),
    };
  });
}
