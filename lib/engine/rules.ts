// All rules, in the order their signals are listed in a verdict. Rules are data; score.ts combines their hits.

import type { Rule } from './rule';
import { CONTACT_RULES } from './rules-contact';
import { DESTINATION_RULES } from './rules-destination';
import { DOCUMENT_RULES } from './rules-documents';
import { EMPLOYER_PAYS_RULES } from './rules-employer-pays';
import { JOB_SCAM_RULES } from './rules-job-scam';
import { PAY_PHRASE_RULES } from './rules-pay';
import { REQUIREMENT_RULES } from './rules-requirements';
import { ROLE_RULES } from './rules-role';
import { SCAM_WORK_RULES } from './rules-scam-work';
import { TRAVEL_RULES } from './rules-travel';
import { URGENCY_RULES } from './rules-urgency';

export const PHRASE_RULES: readonly Rule[] = Object.freeze([
  ...DESTINATION_RULES,
  ...ROLE_RULES,
  ...PAY_PHRASE_RULES,
  ...EMPLOYER_PAYS_RULES,
  ...REQUIREMENT_RULES,
  ...TRAVEL_RULES,
  ...CONTACT_RULES,
  ...URGENCY_RULES,
  ...DOCUMENT_RULES,
  ...SCAM_WORK_RULES,
  ...JOB_SCAM_RULES,
]);
