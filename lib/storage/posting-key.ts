// A short, stable key for a posting, so a dismissal survives re-renders and reloads.
//
// Cards carry lines that change while the posting does not: "Viewed", "3 hours ago", "196 applicants",
// "1.2K views", "New to you". Those lines are left out of the key, so a "Not a scam" survives them changing.
// A body without such lines keys exactly as before.
import type { Posting } from '../engine/types';

/** A volatile line is short: a long line that mentions a time is part of what the poster wrote. */
const MAX_VOLATILE_LINE_CHARS = 80;

/**
 * Relative times, in the languages the adapters read: "3 hours ago", "Listed twenty days ago", "20d ago",
 * "hace 2 días", "il y a 3 h", "2 jam yang lalu", "3 araw na ang nakalipas", "há 2 dias", "2 dias atrás",
 * "3 ngày trước", "3 天前", "2 วันที่แล้ว", "Just posted". A number (or "a", "an") is required, so a short line of
 * the ad that merely says "before" or "does" stays in the key.
 */
const RELATIVE_TIME = new RegExp(
  [
    /\b\w+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b\d+\s?[smhdwy]\s+ago\b/,
    /\bhace (?:\d|una? )|\bil y a (?:\d|une? )|\bh[aá] \d|\d+\s?\S+ atr[aá]s|\d+\s?\S+ (?:yang )?lalu\b|\d+\s?\S+ (?:na )?(?:ang )?(?:nakalipas|nakaraan)/,
    /\d+\s?\S+\s+tr[uư][oớ]c|\d+\s?(?:秒|分钟|小时|天|日|周|个月|月|年)前|\d+\s?\S*\s?ที่แล้ว/,
    /\b(?:just now|just posted|posted (?:today|yesterday)|active today)\b/,
  ]
    .map(({ source }) => source)
    .join('|'),
  'i',
);

/** Counts that grow: views, applicants, clicks, reactions, comments, shares. */
const RUNNING_COUNT =
  /^\W*(?:over |more than |\+)?[\d.,]+\s?[kmb]?\+?\s+(?:views?|applicants?|applications?|clicks?|reactions?|likes?|comments?|shares?|vistas|visualizaciones|candidat(?:ure)?s|vues|solicitudes|pelamar|dilihat|lượt xem|ứng viên|次浏览|人申请|ผู้สมัคร|การดู)\b/i;

/** Spaces and punctuation around a status word (spelt out: without the `u` flag \W would take any non-ASCII letter). */
const EDGE = String.raw`[\s.,:;!?·•|()\[\]*–—-]*`;

/** Status words a site adds and removes as the user browses (English and the other languages the adapters read). */
const STATUS_LINE = new RegExp(`^${EDGE}(?:viewed|new|new to you|promoted|sponsored|easy apply|easily apply|applied|saved|today|yesterday|actively (?:recruiting|reviewing applicants)|be an early applicant|urgently hiring|hiring multiple candidates|visto|nuevo|promocionado|hoy|ayer|vu|nouveau|sponsorisé|aujourd'hui|hier|baru|dilihat|hari ini|kemarin|bago|ngayon|kahapon|mới|đã xem|hôm nay|hôm qua|hoje|ontem|已查看|新|推广|今天|昨天|ใหม่|ดูแล้ว|วันนี้|เมื่อวาน)${EDGE}$`, 'i');

/** A bare age stamp: "3h", "2d · 🌐", "5 mins" (social posts show the post's age as its own line). */
const AGE_STAMP = /^[\s·•]*\d{1,3}\s?(?:s|m|h|d|w|y|mins?|hrs?|wks?)\b[^\w]*$/i;

/** Is this line of a posting's body one that changes while the posting stays the same? */
export function isVolatileLine(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  if (text.length > MAX_VOLATILE_LINE_CHARS) return false;
  return STATUS_LINE.test(text) || AGE_STAMP.test(text) || RUNNING_COUNT.test(text) || RELATIVE_TIME.test(text);
}

/** FNV-1a (32-bit, twice with different seeds) over the normalised-whitespace text of the posting, volatile lines left out. */
export function postingKey(posting: Posting): string {
  const body = posting.body
    .split('\n')
    .filter((line) => !isVolatileLine(line))
    .join('\n');
  const text = [posting.title ?? '', posting.company ?? '', body]
    .join('\u241F')
    .replace(/\s+/g, ' ')
    .trim();
  return fnv1a(text, 0x811c9dc5).toString(36) + fnv1a(text, 0x01000193).toString(36);
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
