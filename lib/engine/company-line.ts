// An employer's name is not the job: "Aces Call Center Jobs Inc." hiring nurses, or "Global Customer Service Ltd"
// hiring accountants, names a back-office trade without offering that work. Role words that sit in the company
// field, or in a line of the body that is a registered company's name (it ends in, or holds, a legal-entity form),
// are not counted as the role on offer.

import type { RuleHits } from './detect';
import type { PostingTextField } from './types';

/** Legal-entity forms that end a company's name, in the job boards' languages. */
const ENTITY_SUFFIX =
  /(?:^|[\s,.(])(?:inc|incorporated|corp|corporation|ltd|limited|llc|l\.l\.c|llp|plc|gmbh|ag|jsc|pte|pty|sdn\.?\s*bhd|bhd|tbk|co|company|s\.a|s\.a\.s|b\.v|n\.v|k\.k)\.?\s*\)?\s*$/i;
/** Entity forms written inside the name, in scripts without spaces or as a prefix. */
const ENTITY_INFIX = /有限公司|股份公司|株式会社|有限会社|บริษัท|จำกัด|công ty|cong ty|tnhh|\(주\)|㈜|주식회사|^pt\.?\s|^cv\.?\s/i;
/** A company line is a name, not a sentence: longer lines are descriptions that happen to end in "Inc." */
const MAX_COMPANY_LINE = 80;

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  return text.slice(start, newline === -1 ? text.length : newline).trim();
}

export function isCompanyLine(line: string): boolean {
  return line.length > 0 && line.length <= MAX_COMPANY_LINE && (ENTITY_SUFFIX.test(line) || ENTITY_INFIX.test(line));
}

/** The hit without the evidence that lies in an employer's name; undefined when nothing is left. */
export function withoutCompanyNames(hit: RuleHits, textOf: ReadonlyMap<PostingTextField, string>): RuleHits | undefined {
  const keep: number[] = [];
  for (let i = 0; i < hit.evidence.length; i++) {
    const { field, start } = hit.evidence[i]!;
    if (field === 'company') continue;
    const text = textOf.get(field);
    if (text !== undefined && isCompanyLine(lineAround(text, start))) continue;
    keep.push(i);
  }
  if (keep.length === hit.evidence.length) return hit;
  if (keep.length === 0) return undefined;
  return {
    rule: hit.rule,
    evidence: keep.map((i) => hit.evidence[i]!),
    fields: keep.map((i) => hit.fields[i]!),
    positions: keep.map((i) => hit.positions[i]!),
  };
}

/**
 * Whether the posting names a registered employer: a company field, or a line that is a company's name. The
 * recruiter messages the warnings quote name none, so a short text that does is a terse ad, not a bare offer.
 */
export function namesRegisteredEmployer(fields: readonly { field: PostingTextField; text: string }[]): boolean {
  return fields.some(({ field, text }) => (field === 'company' ? text.trim() !== '' : text.split('\n').some((line) => isCompanyLine(line.trim()))));
}
