// The generic adapter: any page the user turns on, and the fallback of every site adapter.
//
//   1. schema.org JobPosting as JSON-LD or microdata (./structured): the page says what it is.
//   2. Otherwise, if the page's text has job-ad vocabulary at all (one bounded pass, one regex): text blocks that
//      read like a job ad. A block is the innermost container whose text (60 to 8,000 characters) names a job
//      (hiring words or a role) and an offer (pay or a way to apply), with words from at least three families,
//      and no words of commentary: a CV-advice article, a news story about a scam or a chat post is not an ad.
//      One pass over the text nodes; counts bubble up, no block's text is copied twice. No layout is read.
import type { FoundPosting, SiteAdapter } from './types';
import { absoluteUrl, compact, oneLine, queryFirst, textOf } from './dom';
import { GENERIC_SITE_ID, findStructuredPostings } from './structured';

export { GENERIC_SITE_ID, collectJobPostings, findJsonLdPostings, findMicrodataPostings } from './structured';

export const SELECTORS = {
  /** Headings that give a text block its title. */
  heading: 'h1, h2, h3, h4, [role="heading"]',
  /** Subtrees never read as a posting: navigation, site header and footer, hidden parts, this extension's own UI. */
  excluded:
    'nav, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [aria-hidden="true"], [hidden], [data-job-lure-alert]',
} as const;

/** Elements that can be a text-block posting (a job card, a post, a description). Inline text counts toward them. */
const BLOCK_TAGS = new Set(['ARTICLE', 'SECTION', 'DIV', 'LI', 'TD', 'BLOCKQUOTE', 'MAIN', 'DD']);
const NEVER_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'HEAD']);

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
 * Job-ad vocabulary, one family per entry, as regex sources (combined into one case-insensitive regex without
 * the `u` flag: fast to compile and run). English, Filipino, Indonesian/Malay, Vietnamese, Chinese, Thai,
 * Spanish, Portuguese, French. `\b` only stands before ASCII words; scripts without spaces match anywhere.
 */
export const FAMILIES = {
  hiring:
    "\\b(?:we(?:['’]re| are) (?:hiring|looking for)|(?:now|is|are|urgent(?:ly)?) hiring|hiring\\b(?! manager| process| team| decision)|(?:is|are) (?:seeking|looking for)|looking for (?:someone|people|staff)|join our team|positions? (?:available|open)|open positions?|job (?:opening|vacanc)|vacanc(?:y|ies)|now recruiting|urgent(?:ly)? need|naghahanap|lowongan|dibutuhkan|jawatan kosong|kekosongan|tuy[eể]n|vacante|se busca|contratando|oferta de empleo|vaga de|offre d'emploi|recrutons)|招聘|诚聘|急聘|招工|职位|岗位|รับสมัคร",
  role:
    '(?<!hiring )\\b(?:agents?|assistants?|associates?|coordinators?|consultants?|executives?|directors?|administrators?|architects?|scientists?|interns?|officers?|staff|clerks?|cashiers?|encoders?|typists?|representatives?|csr|chat support|customer (?:service|support)|call cent(?:er|re)|data entry|drivers?|nurses?|caregivers?|teachers?|tutors?|engineers?|developers?|programmers?|designers?|technicians?|welders?|electricians?|mechanics?|cooks?|chefs?|waiters?|waitress|housekeep(?:er|ing)|helpers?|workers?|operators?|accountants?|bookkeepers?|secretar(?:y|ies)|receptionists?|sales ?(?:man|lady|agent|associate|staff)|marketers?|managers?|supervisors?|specialists?|analysts?|moderators?|translators?|interpreters?|croupiers?|dealers?|kasambahay|karyawan|pekerja|staf|nh[aâ]n vi[eê]n|cskh|c[oô]ng nh[aâ]n|emplead[oa]s?|vendedor(?:es|a)?|asesor(?:es|a)?|trabajador(?:es|a)?|cajer[oa]s?|atendentes?|funcion[aá]rios?)\\b|客服|打字员|业务员|员工|文员|司机|普工|工程师|技术员|管理员|服务员|操作工|修理工|保安|保洁|顾问|销售|店员|厨师|会计|经理|助理|主管|พนักงาน|แอดมิน',
  pay:
    '\\b(?:salary|salaries|wages?|pay(?:ing)?|per (?:month|day|hour|week)|a month|monthly|paid|(?:usd|php|rm) ?\\d+|sahod|sweldo|gaji|upah|l[uư][oơ]ng|sueldo|salario|sal[aá]rio|salaire|commission)\\b|[$₱€£¥฿₫] ?\\d|\\d ?(?:k|usd|php)\\b|薪|工资|月入|เงินเดือน|รายได้',
  apply:
    '\\b(?:apply|applicants?|send (?:your )?(?:cv|resume|application)|submit (?:your )?(?:cv|resume)|contact|dm me|pm me|message (?:us|me)|interested|whatsapp|telegram|viber|mag-?apply|lamar|kirim cv|li[eê]n h[eệ]|postula|env[ií]a tu|candidat)|ứng tuyển|应聘|投递|联系|ติดต่อ|สนใจ',
  terms:
    '\\b(?:responsibilities|duties|job (?:description|type|summary)|full[- ]?time|part[- ]?time|contract|permanent|work from home|wfh|shifts?|tanggung jawab|tr[aá]ch nhi[eệ]m|responsabilidades)|职责|全职|兼职',
  requirements:
    '\\b(?:requirements?|qualifications?|experience|skills?|fresh grad|degree|graduate|kwalipikasyon|karanasan|syarat|kualifikasi|pengalaman|kinh nghi[eệ]m|requisitos|experiencia|exp[eé]rience|exigences)|yêu cầu|要求|经验|คุณสมบัติ|ประสบการณ์',
  benefits:
    '\\b(?:benefits?|allowance|accommodation|free (?:food|meals?|flight|ticket|visa|housing|lodging)|insurance|bonus|overtime|pabahay|libreng|tunjangan|mess|alojamiento|h[eé]bergement)\\b|bao ăn|bao vé|包吃住|机票|ที่พัก',
  /** Words of writing about jobs, not of offering one: news of a job scam, career advice. */
  commentary:
    '\\b(?:job[- ]hunt|career advice|tips (?:for|on) (?:your|job)|how to (?:write|answer|prepare)|police|arrested|rescued|victims?|repatriated|reportedly|told reporters|nasagip|biktima|pulis|inaresto|korban|polisi|ditangkap|n[aạ]n nh[aâ]n|c[oô]ng an|gi[aả]i c[uứ]u|v[ií]ctimas|polic[ií]a|victimes)|受害|警方|解救|据报道|เหยื่อ|ตำรวจ',
};

const FAMILY_BITS = Object.keys(FAMILIES);
const bit = (family: keyof typeof FAMILIES): number => 1 << FAMILY_BITS.indexOf(family);
const NAMES_A_JOB = bit('hiring') | bit('role');
const MAKES_AN_OFFER = bit('pay') | bit('apply') | bit('terms');
const COMMENTARY = bit('commentary');
/** One capturing group per family; which group matched says which family. */
const VOCABULARY = new RegExp(Object.values(FAMILIES).map((source) => `(${source})`).join('|'), 'gi');

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
    if (NEVER_TEXT_TAGS.has(node.parentNode?.nodeName.toUpperCase() ?? '')) continue;
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
    if (element && (NEVER_TEXT_TAGS.has(element.tagName.toUpperCase()) || (node !== root && excluded.has(element)))) {
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
    if (element && !inside && BLOCK_TAGS.has(element.tagName.toUpperCase()) && readsLikeJobAd(chars, families)) {
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
