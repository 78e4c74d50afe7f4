// What the guide page says and where each fact comes from. Data only: the sentences are locale keys
// (public/_locales), the sources are addresses with the date of the statement, taken from the project's
// research notes (shared/research/SIGNALS.md and SOURCES.md). Where the official page could not be stored,
// the source is a major outlet's report of the official statement, and `via` names it; where only a copy or a
// small site holds the statement, the link is the authority's own site.
import { JOB_SCAM_CATEGORIES, type SignalCategory } from '../engine/types';

export interface GuideSource {
  /** Who said it. */
  org: string;
  /** The outlet that carried the statement, when it is not the organisation's own site. */
  via?: string;
  url: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM) of the statement; '' when the page carries no date. */
  date: string;
}

export const GUIDE_SOURCES = {
  interpolOrangeNotice: {
    org: 'INTERPOL',
    url: 'https://www.interpol.int/en/News-and-Events/News/2023/INTERPOL-issues-global-warning-on-human-trafficking-fuelled-fraud',
    date: '2023-06-07',
  },
  interpolResponse: {
    org: 'INTERPOL',
    url: 'https://www.interpol.int/Crimes/Human-trafficking-and-migrant-smuggling/Our-response',
    date: '',
  },
  ohchrReport: {
    org: 'OHCHR',
    url: 'https://www.ohchr.org/en/press-releases/2023/08/hundreds-thousands-trafficked-work-online-scammers-se-asia-says-un-report',
    date: '2023-08',
  },
  iomSigns: {
    org: 'IOM',
    url: 'https://migrantinfo.iom.int/en/identify-signs-human-trafficking',
    date: '',
  },
  dmwDataEncoder: {
    org: 'DMW',
    via: 'The Philippine Star',
    url: 'https://www.philstar.com/nation/2022/11/29/2227204/beware-job-offers-abroad-ofws-told',
    date: '2022-11-29',
  },
  dmwRedFlagNumberOne: {
    org: 'DMW',
    via: 'The Philippine Star',
    url: 'https://www.philstar.com/nation/2022/11/29/2227204/beware-job-offers-abroad-ofws-told',
    date: '2022-11-29',
  },
  dmwWorkingVisa: {
    org: 'DMW',
    url: 'https://dmw.gov.ph/licensed-recruitment-agencies',
    date: '',
  },
  dmwSubAgents: {
    org: 'DMW',
    via: 'SunStar',
    url: 'https://www.sunstar.com.ph/manila/dmw-warns-jobseekers-vs-bogus-recruitment-firm-agents',
    date: '2024-01-26',
  },
  dmwLicensedAgencies: {
    org: 'DMW',
    url: 'https://dmw.gov.ph/licensed-recruitment-agencies',
    date: '',
  },
  dmwApprovedJobOrders: {
    org: 'DMW',
    url: 'https://dmw.gov.ph/approved-job-orders',
    date: '',
  },
  biMyanmar: {
    org: 'BI',
    via: 'Manila Bulletin',
    url: 'https://mb.com.ph/2023/11/27/bi-cautions-filipinos-on-job-offers-in-myanmar',
    date: '2023-11-27',
  },
  biTelegram: {
    org: 'BI',
    via: 'Radyo Pilipinas',
    url: 'https://radyopilipinas.ph/2024/05/bi-muling-nagbabala-sa-publiko-vs-scam-hubs',
    date: '2024-05',
  },
  biColleagues: {
    org: 'BI',
    via: 'Cebu Daily News (Inquirer)',
    url: 'https://cebudailynews.inquirer.net/624176/pogo-scams-overseas-filipinos-now-joining-them-bi',
    date: '2025-02-20',
  },
  dfaCustomerService: {
    org: 'DFA',
    via: 'ABS-CBN News',
    url: 'https://news.abs-cbn.com/news/02/25/23/8-pinoy-job-scam-victims-in-cambodia-rescued',
    date: '2023-02-25',
  },
  iacat1343: {
    org: 'IACAT',
    url: 'https://1343actionline.ph/',
    date: '',
  },
  cicc1326: {
    org: 'CICC',
    via: 'Scam Watch Pilipinas',
    url: 'https://scamwatchpilipinas.com/faqs',
    date: '',
  },
  // The helpdesk notice is stored only in a small outlet's reprint: the link is the DFA's own site.
  phEmbassyMyanmar: {
    org: 'Philippine Embassy in Myanmar',
    url: 'https://dfa.gov.ph/',
    date: '',
  },
  // Tempo's report ("Tukar Kepala Rekrutmen Pekerja Judi Online Kamboja", 6 April 2025) is stored only in a copy
  // on a content farm: the link is Tempo's own site.
  tempoTypingAndPassport: {
    org: 'Tempo',
    url: 'https://www.tempo.co/',
    date: '2025-04-06',
  },
  // Ambassador Santo Darmosumarto's statement of 14 May 2025 is stored only on a small outlet: the link is the
  // Foreign Ministry's own site, where the embassy publishes its releases.
  kbriScamWorkNotAJob: {
    org: 'Embassy of Indonesia in Phnom Penh',
    url: 'https://kemlu.go.id/',
    date: '2025-05-14',
  },
  peduliWni: {
    org: 'Kemlu RI',
    url: 'https://peduliwni.kemlu.go.id/',
    date: '',
  },
  hkPoliceNoDegree: {
    org: 'Hong Kong Police',
    via: 'HK01',
    url:
      'https://zh.hk01.com/%E7%A4%BE%E4%BC%9A%E6%96%B0%E9%97%BB/1102265/%E7%BC%85%E7%94%B8%E8%AF%88%E9%AA%97%E8%90%A5-%E8%90%A7%E6%B3%BD%E9%A2%90-9%E4%BA%BA%E6%9C%AA%E5%9B%9E%E6%B8%AF-%E5%8E%BB%E5%B9%B412%E6%9C%883%E4%BA%BA%E5%BA%94%E5%BE%81-%E6%8F%BE%E5%A4%A7%E9%92%B1-%E8%A2%AB%E9%AA%97',
    date: '2025-02-11',
  },
  pdrmChatApps: {
    org: 'PDRM',
    via: 'The Sun',
    url: 'https://thesundaily.my/local/overseas-job-scam-168-malaysians-stranded-pdrm-AY9643727',
    date: '',
  },
  wismaPutraNoRansom: {
    org: 'Wisma Putra',
    via: 'Bernama, in the New Straits Times',
    url: 'https://www.nst.com.my/news/nation/2023/02/880314/foreign-ministry-401-malaysian-job-scam-victims-rescued',
    date: '2023-02-15',
  },
  thLabourTouristVisa: {
    org: 'Thai Ministry of Labour',
    via: 'The Nation',
    url: 'https://nationthailand.com/thailand/general/40024848',
    date: '',
  },
  thLabourHotline: {
    org: 'Thai Ministry of Labour',
    url: 'https://www.mol.go.th/en/news/labour-minister-urges-thai-workers-not-to-fall-for-fake-high-income-overseas-jobs-warns-of-human-trafficking-risks-and-online-scam-syndicates',
    date: '',
  },
  // The Bangkok Post report of the hotline's launch is stored only in a reprint: the link is the ministry's own site.
  thAbroadHotline: {
    org: 'Thai Ministry of Social Development and Human Security',
    url: 'https://www.m-society.go.th/',
    date: '',
  },
  vn111: {
    org: 'Vietnam Ministry of Health and IOM',
    via: 'Saigon Giai Phong (SGGP)',
    url: 'https://en.sggp.org.vn/vietnam-launches-national-hotline-111-to-combat-human-trafficking-post120410.html',
    date: '2025-09-20',
  },
  vnFakeRescue: {
    org: 'Cảnh báo lừa đảo (Vietnam)',
    url: 'https://canhbaoluadaovn.com/?p=736',
    date: '',
  },
  sgScamShield: {
    org: 'ScamShield (Singapore Police Force, NCPC)',
    url: 'https://www.scamshield.gov.sg/scamshield-helpline',
    date: '',
  },
  sgScamShieldLaunch: {
    org: 'Singapore Police Force, NCPC',
    via: 'CNA',
    url: 'https://www.channelnewsasia.com/singapore/scamshield-suite-24-hour-hotline-app-4643111',
    date: '2024-09-27',
  },
  // Job scams (issue 10): fees, paid tasks, fake vacancies, unlicensed recruiters; licence checks and where to report.
  dmwEarlyPayment: {
    org: 'DMW',
    via: 'The Filipino Times',
    url: 'https://filipinotimes.net/latest-news/2024/09/18/dmw-issues-advisory-warning-against-online-job-scams/',
    date: '2024-09-18',
  },
  pnpProcessingFee: {
    org: 'PNP',
    via: 'Philippine Daily Inquirer',
    url: 'https://newsinfo.inquirer.net/?p=1652671',
    date: '',
  },
  pnpAcgTasks: {
    org: 'PNP Anti-Cybercrime Group',
    url: 'https://acg.pnp.gov.ph/main/cyber-security-bulletin/388-acg-cyber-security-bulletin-nr-227-understanding-the-risk-of-spam-messages-scam.html',
    date: '',
  },
  pnpAcgReport: {
    org: 'PNP',
    via: 'Radyo Inquirer',
    url: 'https://radyo.inquirer.net/305967/publiko-binalaan-vs-spam-messages/amp',
    date: '',
  },
  kemnakerNoPayment: {
    org: 'Kemnaker',
    via: 'Tribunnews',
    url: 'https://m.tribunnews.com/amp/nasional/2024/10/11/kemnaker-imbau-masyarakat-waspada-penipuan-lowongan-pekerjaan',
    date: '2024-10-11',
  },
  kemnakerFakeAdSigns: {
    org: 'Kemnaker',
    via: 'Liputan6',
    url: 'https://opera.liputan6.com/cek-fakta/read/5880087/penipuan-lowongan-kerja-makin-marak-simak-bocoran-ciri-ciri-dari-kemenaker',
    date: '2025-01-14',
  },
  bp2miLicensedCompanies: {
    org: 'BP2MI',
    via: 'Warta Ekonomi',
    url: 'https://m.wartaekonomi.co.id/berita295717/ke-bareskrim-bp2mi-minta-2-perusahaan-penyalur-ilegal-disikat',
    date: '2020-07-21',
  },
  bp3miOfficialInfo: {
    org: 'BP3MI Sulawesi Tengah',
    via: 'ANTARA',
    url: 'https://sulteng.antaranews.com/berita/341725/tercatat-380-pekerja-migran-asal-sulteng-bekerja-di-luar-negeri',
    date: '',
  },
  jtksmLicenceFaq: {
    org: 'Labour Department of Peninsular Malaysia (JTKSM)',
    url: 'https://jtksm.mohr.gov.my/ms/perkhidmatan/agensi-pekerjaan-swasta/soalan-lazim-agensi-pekerjaan-swasta',
    date: '',
  },
  jtksmUnlicensed: {
    org: 'Labour Department (JTKSM), Kuala Lumpur',
    via: 'New Straits Times',
    url: 'https://www.nst.com.my/amp/news/nation/2018/10/422513/private-employment-agencies-investigated-sending-msians-work-abroad',
    date: '2018-10',
  },
  nsrc997: {
    org: 'National Scam Response Centre (NSRC)',
    via: 'Malay Mail',
    url: 'https://www.malaymail.com/news/malaysia/2026/03/03/call-997-right-away-if-you-suspect-a-scam-fahmi-tells-malaysians/211156',
    date: '2026-03-03',
  },
  thAoc1441: {
    org: 'Thai Ministry of Digital Economy and Society',
    via: 'VietnamPlus',
    url: 'https://en.vietnamplus.vn/thailand-establishes-antionline-scam-centre/270678.vnp',
    date: '2023-11-03',
  },
  dolabLicensedFirms: {
    org: 'DOLAB (Vietnam Department of Overseas Labour)',
    via: 'VTV',
    url: 'https://vtv.vn/xa-hoi/khuyen-cao-ve-tinh-trang-lua-dao-di-lam-viec-o-nuoc-ngoai-tren-mang-2023100712121667.htm',
    date: '2023-10-07',
  },
  dolabFeesAfterContract: {
    org: 'DOLAB (Vietnam Department of Overseas Labour)',
    via: 'Người Lao Động',
    url: 'https://nld.com.vn/xuat-hien-thu-doan-mao-danh-trung-tam-lao-dong-ngoai-nuoc-de-lua-tien-196251223152247286.htm',
    date: '2025-12-23',
  },
  // The stored copy of MOM's page is its http address; the same page is served over https.
  momEaLicence: {
    org: 'Ministry of Manpower (MOM)',
    url: 'https://www.mom.gov.sg/foreign-manpower/employment-agencies/legislation-licensing-criteria/Pages/default.aspx',
    date: '',
  },
  spfTaskScams: {
    org: 'Singapore Police Force',
    via: 'AsiaOne',
    url: 'https://www.asiaone.com/singapore/over-106m-lost-online-task-and-survey-job-scams-october-police',
    date: '2025-11-25',
  },
} as const satisfies Record<string, GuideSource>;

export type SourceId = keyof typeof GUIDE_SOURCES;

/** One sentence of the guide (a locale key) and the sources it rests on. */
export interface GuideFact {
  key: string;
  sources: readonly SourceId[];
}

/** The general warning signs (section `signs`). */
export const SIGN_FACTS: readonly GuideFact[] = [
  { key: 'guide_signs_interpol', sources: ['interpolOrangeNotice'] },
  { key: 'guide_signs_ohchr', sources: ['ohchrReport'] },
  { key: 'guide_signs_iom', sources: ['iomSigns'] },
];

/** One sourced fact per signal category (sections `sign-<category>`), next to `reason_<category>`. */
export const CATEGORY_FACTS: Readonly<Record<SignalCategory, GuideFact>> = {
  destination: { key: 'guide_sign_destination', sources: ['dmwDataEncoder', 'biMyanmar'] },
  role: { key: 'guide_sign_role', sources: ['dfaCustomerService', 'dmwDataEncoder'] },
  pay: { key: 'guide_sign_pay', sources: ['tempoTypingAndPassport'] },
  employer_pays: { key: 'guide_sign_employer_pays', sources: ['iomSigns'] },
  low_requirements: { key: 'guide_sign_low_requirements', sources: ['hkPoliceNoDegree', 'tempoTypingAndPassport'] },
  irregular_travel: { key: 'guide_sign_irregular_travel', sources: ['dmwWorkingVisa', 'dfaCustomerService', 'thLabourTouristVisa'] },
  off_platform: { key: 'guide_sign_off_platform', sources: ['biTelegram', 'pdrmChatApps'] },
  urgency_secrecy: { key: 'guide_sign_urgency_secrecy', sources: ['dmwRedFlagNumberOne', 'iomSigns'] },
  document_request: { key: 'guide_sign_document_request', sources: ['iomSigns', 'ohchrReport'] },
  scam_work: { key: 'guide_sign_scam_work', sources: ['kbriScamWorkNotAJob'] },
  upfront_fee: { key: 'guide_sign_upfront_fee', sources: ['kemnakerNoPayment', 'pnpProcessingFee'] },
  task_scheme: { key: 'guide_sign_task_scheme', sources: ['spfTaskScams', 'pnpAcgTasks'] },
  easy_money: { key: 'guide_sign_easy_money', sources: ['pnpAcgTasks', 'kemnakerFakeAdSigns'] },
  unverifiable_employer: { key: 'guide_sign_unverifiable_employer', sources: ['kemnakerFakeAdSigns'] },
  payment_details: { key: 'guide_sign_payment_details', sources: ['pnpAcgTasks', 'dmwEarlyPayment'] },
  unlicensed_recruitment: { key: 'guide_sign_unlicensed_recruitment', sources: ['dmwWorkingVisa', 'dolabLicensedFirms'] },
};

/** Every category, in the order the guide lists them. */
export const SIGNAL_CATEGORIES = Object.keys(CATEGORY_FACTS) as SignalCategory[];
/** The signs of a trafficking lure (section `signs`). */
export const LURE_SIGN_CATEGORIES = SIGNAL_CATEGORIES.filter((category) => !JOB_SCAM_CATEGORIES.includes(category));
/** The signs of other job scams (section `job-scams`). */
export const JOB_SCAM_SIGN_CATEGORIES = SIGNAL_CATEGORIES.filter((category) => JOB_SCAM_CATEGORIES.includes(category));

/** What to do about a job scam (section `job-scams`): never pay, never deposit, check who is hiring. */
export const JOB_SCAM_FACTS: readonly GuideFact[] = [
  { key: 'guide_job_scam_never_pay', sources: ['kemnakerNoPayment', 'dmwEarlyPayment'] },
  { key: 'guide_job_scam_never_deposit', sources: ['spfTaskScams', 'pnpAcgTasks'] },
  { key: 'guide_job_scam_employer', sources: ['kemnakerFakeAdSigns'] },
];

/** The Philippine government's guidance (section `ph-guidance`). */
export const PH_GUIDANCE_FACTS: readonly GuideFact[] = [
  { key: 'guide_ph_dmw_red_flag', sources: ['dmwRedFlagNumberOne'] },
  { key: 'guide_ph_dmw_working_visa', sources: ['dmwWorkingVisa'] },
  { key: 'guide_ph_dmw_sub_agents', sources: ['dmwSubAgents'] },
  { key: 'guide_ph_bi', sources: ['biColleagues', 'biMyanmar'] },
  { key: 'guide_ph_dfa', sources: ['dfaCustomerService'] },
  { key: 'guide_ph_iacat', sources: ['iacat1343'] },
];

/** Countries with their own hotlines and checks, in the guide's default order. */
export const GUIDE_COUNTRIES = ['PH', 'ID', 'MY', 'TH', 'VN', 'SG'] as const;
export type GuideCountry = (typeof GUIDE_COUNTRIES)[number];

/** A check to make before accepting a job (section `verify`); `url` is an official look-up or page. */
export interface VerifyStep extends GuideFact {
  country: GuideCountry | 'ALL';
  url?: string;
}

export const VERIFY_STEPS: readonly VerifyStep[] = [
  { country: 'ALL', key: 'guide_verify_all', sources: ['dmwWorkingVisa', 'dmwRedFlagNumberOne', 'thLabourTouristVisa'] },
  { country: 'PH', key: 'guide_verify_ph_agency', url: 'https://dmw.gov.ph/licensed-recruitment-agencies', sources: ['dmwLicensedAgencies', 'dmwWorkingVisa'] },
  { country: 'PH', key: 'guide_verify_ph_job_order', url: 'https://dmw.gov.ph/approved-job-orders', sources: ['dmwApprovedJobOrders', 'dmwWorkingVisa'] },
  { country: 'TH', key: 'guide_verify_th', url: 'https://doe.go.th/overseas', sources: ['thLabourTouristVisa', 'thLabourHotline'] },
  { country: 'MY', key: 'guide_verify_my', sources: ['wismaPutraNoRansom'] },
  { country: 'ID', key: 'guide_verify_id', url: 'https://peduliwni.kemlu.go.id/', sources: ['peduliWni'] },
  { country: 'SG', key: 'guide_verify_sg', url: 'https://www.scamshield.gov.sg/scamshield-helpline', sources: ['sgScamShield'] },
  { country: 'VN', key: 'guide_verify_vn', sources: ['vn111'] },
];

/** How to check a recruiter's licence in each country the guide covers (section `job-scams`). */
export const LICENCE_CHECKS: readonly VerifyStep[] = [
  VERIFY_STEPS.find((step) => step.key === 'guide_verify_ph_agency')!,
  { country: 'ID', key: 'guide_licence_id', sources: ['bp2miLicensedCompanies', 'bp3miOfficialInfo'] },
  { country: 'MY', key: 'guide_licence_my', url: 'https://jtksm.mohr.gov.my/ms/perkhidmatan/agensi-pekerjaan-swasta/soalan-lazim-agensi-pekerjaan-swasta', sources: ['jtksmLicenceFaq', 'jtksmUnlicensed'] },
  VERIFY_STEPS.find((step) => step.key === 'guide_verify_th')!,
  { country: 'VN', key: 'guide_licence_vn', sources: ['dolabLicensedFirms', 'dolabFeesAfterContract'] },
  { country: 'SG', key: 'guide_licence_sg', url: 'https://www.mom.gov.sg/eadirectory', sources: ['momEaLicence'] },
];

/** A number or channel to call (section `hotlines`). `name` is the service's own name and is not translated. */
export interface Hotline extends GuideFact {
  country: GuideCountry | 'INTL';
  name: string;
  /** Dialable numbers as the source gives them; the first is the main one. */
  numbers: readonly string[];
  /** The official page of the service, when there is one. */
  url?: string;
}

export const HOTLINES: readonly Hotline[] = [
  { country: 'PH', name: 'IACAT 1343 Actionline', numbers: ['1343', '(02) 1343'], url: 'https://1343actionline.ph/', key: 'hotline_ph_1343', sources: ['iacat1343'] },
  { country: 'PH', name: 'DMW Migrant Workers Protection Bureau', numbers: ['(02) 8722-1144', '(02) 8722-1155', 'mwpb@dmw.gov.ph', 'airtipinfo@dmw.gov.ph'], key: 'hotline_ph_dmw', sources: ['dmwWorkingVisa'] },
  { country: 'PH', name: 'CICC Inter-Agency Response Center (I-ARC)', numbers: ['1326', '0947-714-7105', '0966-976-5971', '0991-481-4225'], key: 'hotline_ph_cicc', sources: ['cicc1326'] },
  { country: 'ID', name: 'Portal Peduli WNI (Kemlu RI)', numbers: [], url: 'https://peduliwni.kemlu.go.id/', key: 'hotline_id_peduli_wni', sources: ['peduliWni'] },
  { country: 'MY', name: 'PDRM / Wisma Putra', numbers: [], key: 'hotline_my_police', sources: ['wismaPutraNoRansom', 'pdrmChatApps'] },
  { country: 'TH', name: 'Ministry of Labour hotline', numbers: ['1506'], url: 'https://doe.go.th/overseas', key: 'hotline_th_1506', sources: ['thLabourHotline', 'thLabourTouristVisa'] },
  { country: 'TH', name: 'Hotline for Thais abroad', numbers: ['+66 99 130 1300', '1300'], key: 'hotline_th_1300', sources: ['thAbroadHotline'] },
  { country: 'VN', name: 'Tổng đài 111', numbers: ['111'], key: 'hotline_vn_111', sources: ['vn111'] },
  { country: 'SG', name: 'ScamShield Helpline', numbers: ['1799'], url: 'https://www.scamshield.gov.sg/scamshield-helpline', key: 'hotline_sg_1799', sources: ['sgScamShield', 'sgScamShieldLaunch'] },
  { country: 'INTL', name: 'INTERPOL', numbers: [], url: 'https://www.interpol.int/Crimes/Human-trafficking-and-migrant-smuggling/Our-response', key: 'hotline_intl_police', sources: ['interpolResponse'] },
];

/** Where to report a job scam, per country (section `job-scams`); the CICC and ScamShield lines are the hotlines'. */
export const JOB_SCAM_HOTLINES: readonly Hotline[] = [
  HOTLINES.find((hotline) => hotline.key === 'hotline_ph_cicc')!,
  { country: 'PH', name: 'PNP Anti-Cybercrime Group (PNP-ACG)', numbers: [], url: 'https://acg.pnp.gov.ph/', key: 'hotline_ph_acg', sources: ['pnpAcgReport', 'pnpAcgTasks'] },
  { country: 'ID', name: 'Kemnaker', numbers: ['1500630'], key: 'hotline_id_kemnaker', sources: ['kemnakerFakeAdSigns', 'kemnakerNoPayment'] },
  { country: 'MY', name: 'National Scam Response Centre (NSRC)', numbers: ['997'], key: 'hotline_my_nsrc', sources: ['nsrc997'] },
  { country: 'TH', name: 'Anti Online Scam Operation Center (AOC)', numbers: ['1441'], key: 'hotline_th_1441', sources: ['thAoc1441'] },
  { country: 'VN', name: 'Cục Quản lý lao động ngoài nước (DOLAB)', numbers: ['024 3824 9517'], key: 'hotline_vn_dolab', sources: ['dolabLicensedFirms', 'dolabFeesAfterContract'] },
  HOTLINES.find((hotline) => hotline.key === 'hotline_sg_1799')!,
];

/** Already abroad and in trouble (section `abroad`). */
export const ABROAD_FACTS: readonly GuideFact[] = [
  { key: 'guide_abroad_embassy', sources: ['phEmbassyMyanmar', 'iacat1343'] },
  { key: 'guide_abroad_police_report', sources: ['pdrmChatApps', 'wismaPutraNoRansom'] },
  { key: 'guide_abroad_thai', sources: ['thAbroadHotline'] },
  { key: 'guide_abroad_indonesian', sources: ['peduliWni'] },
];

/** The Philippine Embassy in Myanmar's helpdesk, quoted in `guide_abroad_embassy`. */
export const PH_EMBASSY_MYANMAR_HELPDESK = '+95 998 521 0991';

/** Paying "rescuers" or ransoms (section `rescuers`). */
export const RESCUER_FACTS: readonly GuideFact[] = [
  { key: 'guide_rescuers_my', sources: ['wismaPutraNoRansom'] },
  { key: 'guide_rescuers_vn', sources: ['vnFakeRescue'] },
  { key: 'guide_rescuers_free_help', sources: ['wismaPutraNoRansom', 'iacat1343'] },
];

/** `items` with those for everyone first, then `country`'s, then the others in the default order; Interpol last. */
function byCountry<T extends { country: GuideCountry | 'ALL' | 'INTL' }>(items: readonly T[], country: string): T[] {
  const rank = (item: T): number => {
    if (item.country === 'ALL') return -2;
    if (item.country === 'INTL') return GUIDE_COUNTRIES.length + 1;
    if (item.country === country) return -1;
    return GUIDE_COUNTRIES.indexOf(item.country);
  };
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** The hotlines of `country` first, then the others in the default order; the Interpol note always last. */
export function hotlinesFor(country: string, hotlines: readonly Hotline[] = HOTLINES): Hotline[] {
  return byCountry(hotlines, country);
}

/** The checks for `country` first (after the ones for everyone), then the others. */
export function verifyStepsFor(country: string, steps: readonly VerifyStep[] = VERIFY_STEPS): VerifyStep[] {
  return byCountry(steps, country);
}

/** The help line the share card quotes for `country`: its first hotline with a number, else with an address. */
export function mainHotlineFor(country: string): Hotline | null {
  const own = HOTLINES.filter((hotline) => hotline.country === country);
  return own.find((hotline) => hotline.numbers.length > 0) ?? own.find((hotline) => hotline.url) ?? null;
}

/** How to reach a hotline in one short line of plain text: its main number, else its address without https://. */
export function hotlineContact(hotline: Hotline): string {
  return hotline.numbers[0] ?? hotline.url?.replace(/^https:\/\//, '').replace(/\/$/, '') ?? '';
}
