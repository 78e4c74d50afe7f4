// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GUIDE_SECTION_IDS, Guide } from '../../components/guide/Guide';
import { formatSourceDate } from '../../components/guide/Sources';
import {
  GUIDE_COUNTRIES,
  GUIDE_SOURCES,
  HOTLINES,
  JOB_SCAM_HOTLINES,
  LICENCE_CHECKS,
  SIGNAL_CATEGORIES,
  hotlinesFor,
  mainHotlineFor,
  verifyStepsFor,
} from '../../lib/guide/guide-data';
import { JOB_SCAM_CATEGORIES } from '../../lib/engine/types';
import { useMessages, type LanguageCode } from '../../lib/common/i18n';
import { buildShareText } from '../../lib/guide/share-text';
import { translatorFor } from '../../lib/common/i18n';
import { localeTable } from './popup-helpers';

vi.mock('wxt/testing', async () => ({ fakeBrowser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

beforeEach(() => useMessages(localeTable('en'), 'en'));
afterEach(() => cleanup());

function renderGuide(country = '', copyText = vi.fn(async () => undefined)) {
  const loadMessages = vi.fn(async (language: LanguageCode) => localeTable(language));
  render(
    <Guide
      language="en"
      initialCountry={country}
      onLanguageChange={() => undefined}
      loadMessages={loadMessages}
      copyText={copyText}
    />,
  );
  return { loadMessages, copyText };
}

describe('guide page', () => {
  it('has every section the warnings link to, one per signal category included', () => {
    renderGuide();
    for (const id of [...GUIDE_SECTION_IDS, ...SIGNAL_CATEGORIES.map((category) => `sign-${category}`)]) {
      expect(document.getElementById(id), id).not.toBeNull();
    }
  });

  it('gives every fact a source link with a date or an explicit "undated"', () => {
    renderGuide();
    const facts = document.querySelectorAll('.jla-fact, .jla-hotline');
    expect(facts.length).toBeGreaterThan(25);
    for (const fact of facts) {
      const sources = fact.querySelector('.jla-sources');
      expect(sources, fact.textContent ?? '').not.toBeNull();
      const links = sources!.querySelectorAll('a');
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(sources!.querySelectorAll('time').length).toBe(links.length);
    }
  });

  it('links only to https addresses, phone numbers and e-mail addresses, never to scripts', () => {
    renderGuide();
    for (const link of document.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^(https:\/\/|tel:\+?\d+$|mailto:[^@\s]+@[^@\s]+$|#[a-z-_]+$)/);
    }
  });

  it('puts the chosen country first in the hotlines and the checks', () => {
    renderGuide('TH');
    const countries = [...document.querySelectorAll('#hotlines .jla-hotline')].map((item) => item.getAttribute('data-country'));
    expect(countries.slice(0, 2)).toEqual(['TH', 'TH']);
    expect(countries.at(-1)).toBe('INTL');
    const verify = [...document.querySelectorAll('#verify .jla-fact')].map((item) => item.getAttribute('data-country'));
    expect(verify.slice(0, 2)).toEqual(['ALL', 'TH']);
  });

  it('re-orders when the reader picks another country', () => {
    renderGuide('');
    fireEvent.change(screen.getByRole('combobox', { name: /Show first the help for/ }), { target: { value: 'VN' } });
    expect(document.querySelector('#hotlines .jla-hotline')?.getAttribute('data-country')).toBe('VN');
  });

  it('shows the Philippine look-ups as ordinary links to the official DMW pages', () => {
    renderGuide('PH');
    const verify = document.getElementById('verify')!;
    const hrefs = [...verify.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toContain('https://dmw.gov.ph/licensed-recruitment-agencies');
    expect(hrefs).toContain('https://dmw.gov.ph/approved-job-orders');
  });

  it('has a job-scam section: never pay, never deposit, the six job-scam signs, licence checks and where to report', () => {
    renderGuide('PH');
    const jobScams = document.getElementById('job-scams')!;
    expect(jobScams.querySelector('h2')?.textContent).toBe('Job scams: fees, paid tasks and unlicensed recruiters');
    expect(jobScams.textContent).toContain('Never pay to get or keep a job.');
    expect(jobScams.textContent).toContain('Never deposit or “top up” money');
    // The job-scam signs sit here, not among the signs of a trafficking lure.
    for (const category of JOB_SCAM_CATEGORIES) expect(jobScams.querySelector(`#sign-${category}`), category).not.toBeNull();
    expect(document.querySelector('#signs #sign-upfront_fee')).toBeNull();
    expect(document.querySelector('#signs #sign-destination')).not.toBeNull();
    // Licence checks: the reader's country first, every country the guide covers, each with a source.
    const checks = [...jobScams.querySelectorAll('ul[aria-labelledby="job-scams-licence"] > li')];
    expect(checks.map((item) => item.getAttribute('data-country'))).toEqual(['PH', 'ID', 'MY', 'TH', 'VN', 'SG']);
    expect(checks[0]!.querySelector('a')?.getAttribute('href')).toBe('https://dmw.gov.ph/licensed-recruitment-agencies');
    // Where to report: the CICC's 1326 and the PNP-ACG for the Philippines, first.
    const lines = [...jobScams.querySelectorAll('.jla-hotline')];
    expect(lines.slice(0, 2).map((line) => line.querySelector('h4')?.textContent)).toEqual([
      'CICC Inter-Agency Response Center (I-ARC) Philippines',
      'PNP Anti-Cybercrime Group (PNP-ACG) Philippines',
    ]);
    expect(lines[0]!.querySelector('a[href="tel:1326"]')).not.toBeNull();
  });

  it('puts the chosen country first in the job-scam licence checks and reporting lines', () => {
    renderGuide('MY');
    const jobScams = document.getElementById('job-scams')!;
    expect(jobScams.querySelector('ul[aria-labelledby="job-scams-licence"] > li')?.getAttribute('data-country')).toBe('MY');
    expect(jobScams.querySelector('.jla-hotline h4')?.textContent).toBe('National Scam Response Centre (NSRC) Malaysia');
  });

  it('shares a warning with the country hotline, in the language picked for the message, and copies it', async () => {
    const { loadMessages, copyText } = renderGuide('PH');
    const share = document.getElementById('share')!;
    const text = () => (within(share).getByRole('textbox') as HTMLTextAreaElement).value;
    await waitFor(() => expect(text()).toMatch(/^Careful with job offers abroad/));
    expect(text()).toContain('IACAT 1343 Actionline: 1343');
    fireEvent.change(within(share).getByRole('combobox'), { target: { value: 'fil' } });
    await waitFor(() => expect(text()).toMatch(/^Mag-ingat sa mga alok na trabaho/));
    expect(loadMessages).toHaveBeenCalledWith('fil');
    fireEvent.click(within(share).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(copyText).toHaveBeenCalledWith(text()));
    expect(await within(share).findByText('Copied')).toBeTruthy();
  });

  it('tells the reader to copy by hand when the clipboard refuses', async () => {
    renderGuide('', vi.fn(async () => Promise.reject(new Error('denied'))));
    fireEvent.click(within(document.getElementById('share')!).getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/Select the text and copy it by hand/)).toBeTruthy();
  });
});

describe('guide data', () => {
  it('dates every source as YYYY-MM-DD, YYYY-MM or undated, and links it over https', () => {
    for (const [id, source] of Object.entries(GUIDE_SOURCES)) {
      expect(source.date, id).toMatch(/^(\d{4}-\d{2}(-\d{2})?)?$/);
      expect(source.url, id).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it('formats dates in the reader language', () => {
    useMessages(localeTable('en'), 'en');
    expect(formatSourceDate('2023-06-07', 'en')).toMatch(/2023/);
    expect(formatSourceDate('', 'en')).toBe('undated page');
    expect(formatSourceDate('2023-08', 'ja')).toContain('2023');
  });

  it('covers at least PH, ID, MY, TH, VN, SG and the way to Interpol', () => {
    const countries = new Set(HOTLINES.map((hotline) => hotline.country));
    for (const country of ['PH', 'ID', 'MY', 'TH', 'VN', 'SG', 'INTL']) expect(countries.has(country as never), country).toBe(true);
  });

  it('checks a licence and names a reporting line, with sources, in every country the guide covers', () => {
    for (const country of GUIDE_COUNTRIES) {
      expect(LICENCE_CHECKS.filter((step) => step.country === country), country).toHaveLength(1);
      expect(JOB_SCAM_HOTLINES.some((hotline) => hotline.country === country), country).toBe(true);
    }
    for (const fact of [...LICENCE_CHECKS, ...JOB_SCAM_HOTLINES]) {
      expect(fact, 'a reused entry that no longer exists').toBeDefined();
      expect(fact.sources.length, fact.key).toBeGreaterThan(0);
    }
    expect(verifyStepsFor('VN', LICENCE_CHECKS)[0]!.country).toBe('VN');
    expect(hotlinesFor('ID', JOB_SCAM_HOTLINES).map((hotline) => hotline.country)[0]).toBe('ID');
  });

  it('orders hotlines and checks by country without losing any', () => {
    expect(hotlinesFor('SG')).toHaveLength(HOTLINES.length);
    expect(hotlinesFor('SG')[0]!.country).toBe('SG');
    expect(verifyStepsFor('').map((step) => step.country)[0]).toBe('ALL');
  });

  it('builds the share text with the main hotline, or the police-and-embassy fallback', () => {
    const english = translatorFor(localeTable('en'));
    expect(mainHotlineFor('VN')?.numbers[0]).toBe('111');
    expect(buildShareText(english, 'VN')).toMatch(/Help: Tổng đài 111: 111$/);
    expect(buildShareText(english, '')).toMatch(/Help: your local police or your embassy$/);
    expect(buildShareText(english, 'ID')).toMatch(/Help: Portal Peduli WNI \(Kemlu RI\): peduliwni\.kemlu\.go\.id$/);
    expect(buildShareText(english, 'MY')).toMatch(/Help: your local police or your embassy$/);
    expect(buildShareText(translatorFor(localeTable('ja')), 'SG')).toMatch(/相談先：ScamShield Helpline: 1799$/);
  });

  it('the share text also carries the job-scam rule: never pay to get a job or release your pay', () => {
    expect(buildShareText(translatorFor(localeTable('en')), 'PH')).toMatch(/Never pay a fee or a deposit to get a job/);
    expect(buildShareText(translatorFor(localeTable('fil')), 'PH')).toMatch(/deposito/);
    expect(buildShareText(translatorFor(localeTable('zh_CN')), '')).toMatch(/押金/);
  });
});
