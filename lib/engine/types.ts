// The engine's public contract. Pure data: no DOM, no extension API.

export type Level = 'none' | 'low' | 'medium' | 'high';

/** A job posting as an adapter extracts it, or a message wrapped as `{ body }`. */
export interface Posting {
  title?: string;
  body: string;
  company?: string;
  location?: string;
  salary?: string;
  url?: string;
  /** Which adapter found it (e.g. "linkedin"); informational only. */
  site?: string;
}

/** The posting fields the engine reads, in the order it reads them. */
export const POSTING_TEXT_FIELDS = ['title', 'company', 'location', 'salary', 'body'] as const;
export type PostingTextField = (typeof POSTING_TEXT_FIELDS)[number];

/** Words in the input that made a signal fire. Offsets are UTF-16 indices into `posting[field]`. */
export interface Evidence {
  field: PostingTextField;
  start: number;
  end: number;
  text: string;
}

export type SignalCategory =
  | 'destination' // hotspot country, city, compound or transit route
  | 'role' // generic back-office role (customer service, data encoder, typist, ...)
  | 'pay' // pay out of proportion to the role and requirements
  | 'employer_pays' // flight, visa, accommodation, food paid
  | 'low_requirements' // no experience, no degree, only typing, narrow age limits
  | 'irregular_travel' // tourist visa, no work permit, travel as tourists, night crossing
  | 'off_platform' // Telegram, WhatsApp, WeChat, LINE... handles and links
  | 'urgency_secrecy' // urgent hiring, fly next week, don't tell anyone, delete the chat
  | 'document_request' // passport, ID, full-body photos
  | 'scam_work' // ads that openly offer scam work
  // Signs of other job scams (a second kind of verdict, issue 10):
  | 'upfront_fee' // the applicant pays: placement, training, medical, processing, reservation, uniform or visa fees
  | 'task_scheme' // paid tasks (liking, reviewing, rating, boosting orders); a deposit or top-up to unlock earnings
  | 'easy_money' // pay for trivial work from home
  | 'unverifiable_employer' // free e-mail address, no company, interview only by chat, "no interview, start today"
  | 'payment_details' // asks for bank or e-wallet details (GCash, Maya, OVO, DANA, MoMo, PromptPay)
  | 'unlicensed_recruitment'; // a job abroad with no agency licence, "direct hire" abroad with fees

/** The job-scam categories: a verdict whose level comes from these alone is a job scam, not a trafficking lure. */
export const JOB_SCAM_CATEGORIES: readonly SignalCategory[] = ['upfront_fee', 'task_scheme', 'easy_money', 'unverifiable_employer', 'payment_details', 'unlicensed_recruitment'];

/** What a warning is about. */
export type VerdictKind = 'trafficking' | 'job_scam';

export interface Source {
  /** Who said it: "Interpol", "DMW", "BI", "DFA", "IACAT", "OHCHR", "IOM", "UNODC", ... */
  org: string;
  title: string;
  url: string;
  /** ISO date (YYYY-MM or YYYY-MM-DD) of the statement. */
  date: string;
}

export interface SignalHit {
  /** Rule id, e.g. "destination.hotspot". Stable: used as an i18n and test key. */
  id: string;
  category: SignalCategory;
  evidence: Evidence[];
  /** URL of the official source the rule rests on. */
  source: string;
  /** Who said it, as the source names them: "DMW", "BI", "INTERPOL", a police force... */
  authority: string;
  /** How strongly this evidence speaks for a lure (higher first); verdicts list signals strongest first. */
  strength: number;
}

export interface Verdict {
  score: number; // 0-100
  level: Level;
  /** 'job_scam' when the level comes from the job-scam signs alone; the trafficking signs keep priority. */
  kind: VerdictKind;
  signals: SignalHit[];
  /** Why the level is what it is: the combination(s) that produced it, as stable ids. */
  reasons: string[];
  /** Languages (ISO 639-1) whose phrases matched or whose scripts appear, most evidence first. */
  languages: string[];
}
