// Counter-signs: an ad that names the official channel (a government programme, a licensed agency with its
// licence, the job-order check) is what the warnings ask people to look for. It lowers the level one step; it never
// clears an ad that openly offers scam work or an irregular route, since recruiters also misuse agency names
// (DMW, via SunStar 2024-01-26).

import type { PhraseList } from './rule';
import { SOURCES } from './sources';
import type { Source } from './types';

export interface Mitigation {
  readonly id: string;
  /**
   * `lower_level`: caps the level at low; `pay_expected`: high pay figures are what the job's requirements earn;
   * `named_workplace`: the post says where the job is and how it is legal, so a short text is not a bare offer;
   * `local_ad`: one kind of what an ad written for people who live there states (score.ts: LOCAL_AD_CUES).
   */
  readonly effect: 'lower_level' | 'pay_expected' | 'named_workplace' | 'local_ad';
  readonly rationale: string;
  readonly source: Source;
  readonly phrases: PhraseList;
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

export const MITIGATIONS: readonly Mitigation[] = [
  // What a local ad states, one kind per entry: an ad for people who already live where the job is gives working
  // hours, statutory benefits and the job board's own headings, while the lures the warnings quote recruit people
  // from elsewhere with travel, visa and easy work (IOM and UNODC describe the recruits as moved across borders).
  {
    id: 'context.working_hours',
    effect: 'local_ad',
    rationale: 'Set office hours and weekly rest are the terms of a local job; lure ads promise pay and travel, not a timetable.',
    source: SOURCES.ohchrReport,
    phrases: {
      en: ['working time', 'working hours:', 'working days', 'mon to fri', 'monday to friday', 'mon-fri', 'mon - fri', 'mon to sat', 'monday to saturday', 'day shift', 'dayshift', 'night shift'],
      vi: ['thoi gian lam viec', 'tu t2 den t6', 'tu t2 den t7', 'tu thu 2'],
      zh: ['工作时间', '上班时间', '周末双休', '双休', '单休'],
      th: ['เวลาทำงาน', 'วันทำงาน'],
      ko: ['근무시간', '주 5일', '주5일'],
      id: ['jam kerja', 'senin - jumat', 'senin-jumat', 'senin sampai jumat'],
      ms: ['waktu bekerja', 'isnin hingga jumaat'],
    },
    examples: { match: ['Working time: 08:00-17:00, Mon to Sat', '工作时间：9:00-18:00，周末双休'], noMatch: ['Free flight and visa, start now'] },
  },
  {
    id: 'context.statutory_benefits',
    effect: 'local_ad',
    rationale: 'Social insurance, provident funds and a thirteenth month are what a registered local employer must pay; no lure ad offers them.',
    source: SOURCES.ohchrReport,
    phrases: {
      en: ['sss', 'philhealth', 'pag-ibig', 'pagibig', 'hmo', '13th month', 'epf', 'socso', 'bpjs', 'provident fund', 'social security', 'nssf', 'annual leave', 'paid leave'],
      vi: ['bhxh', 'bhyt', 'bhtn', 'bao hiem xa hoi', 'luong thang 13', 'thang luong 13', 'nghi phep'],
      zh: ['五险一金', '六险一金', '社保', '公积金', '带薪年假', '年假'],
      th: ['ประกันสังคม', 'กองทุนสำรองเลี้ยงชีพ', 'โบนัสประจำปี'],
      ko: ['4대보험', '4대 보험', '퇴직금', '연차'],
      id: ['bpjs kesehatan', 'bpjs ketenagakerjaan', 'thr'],
      ms: ['kwsp', 'perkeso'],
    },
    examples: { match: ['Benefits: SSS, PhilHealth, Pag-IBIG, 13th month pay', 'Đóng BHXH đầy đủ'], noMatch: ['Free food and housing, big commission'] },
  },
  {
    id: 'context.board_headings',
    effect: 'local_ad',
    rationale: "A job board's own headings (requirements, responsibilities, a negotiable salary) mark a posting filed by an employer on that board.",
    source: SOURCES.ohchrReport,
    phrases: {
      en: ['job requirements', 'key responsibilities', 'responsibilities:', 'qualifications:', 'job description:', 'salary: negotiable', 'negotiable', 'full time', 'full-time', 'at office', 'hybrid', 'on-site', 'onsite'],
      vi: ['mo ta cong viec', 'yeu cau cong viec', 'quyen loi', 'muc luong:'],
      zh: ['职位描述', '岗位职责', '任职要求', '任职资格', '岗位要求'],
      th: ['คุณสมบัติผู้สมัคร', 'หน้าที่ความรับผิดชอบ', 'อัตรา'],
      ko: ['자격요건', '주요업무', '우대사항', '복리후생'],
      id: ['kualifikasi', 'tanggung jawab', 'deskripsi pekerjaan'],
      ms: ['kelayakan', 'tanggungjawab'],
    },
    examples: { match: ['Job Requirements: diploma; Key Responsibilities: filing', 'Salary: Negotiable'], noMatch: ['Earn 50k a month, message us'] },
  },
  {
    id: 'context.skilled_role',
    effect: 'local_ad',
    rationale: 'Nurses, developers, accountants and auditors are paid well for their training; the warnings name unskilled back-office bait.',
    source: SOURCES.ohchrReport,
    phrases: {
      en: ['data engineer*', 'security engineer*', 'cybersecurity', 'backend', 'back-end', 'frontend', 'front-end', 'full-stack', 'fullstack', 'tester*', 'product owner*', 'product manager*', 'project manager*', 'ui/ux', 'ux designer*', 'graphic designer*', 'data analyst*', 'scrum master*', 'system engineer*', 'network engineer*', 'cloud engineer*', 'machine learning', 'teacher*', 'developer*', 'software engineer*', 'programmer*', 'nurse*', 'accountant*', 'auditor*', 'analyst*', 'architect*', 'pharmacist*', 'physician*', 'dentist*', 'lecturer*', 'professor*', 'lawyer*', 'attorney*', 'mechanical engineer*', 'civil engineer*', 'electrical engineer*', 'devops', 'qa engineer*', 'data scientist*'],
      vi: ['ky su', 'chuyen vien phan tich', 'giao vien', 'lap trinh vien', 'ke toan', 'kiem toan', 'y ta', 'duoc si', 'ky su phan mem'],
      zh: ['工程师', '设计师', '教师', '程序员', '会计', '审计', '护士', '药剂师', '开发工程师', '软件工程师'],
      th: ['วิศวกร', 'ครู', 'นักพัฒนา', 'โปรแกรมเมอร์', 'นักบัญชี', 'พยาบาล', 'ผู้ตรวจสอบบัญชี'],
      ko: ['개발자', '간호사', '회계사', '엔지니어'],
      id: ['akuntan', 'perawat', 'pengembang perangkat lunak'],
    },
    examples: { match: ['Senior Java Developer, 3 years', 'Registered Nurse, ICU'], noMatch: ['Customer service, chat support, typist'] },
  },
  {
    id: 'mitigation.official_channel',
    effect: 'lower_level',
    rationale: 'Government-to-government programmes and licensed agencies with a DMW/DOE/BP2MI licence are the channels the warnings point to.',
    source: SOURCES.dmwTouristVisa,
    phrases: {
      en: [
        'department of employment', 'ministry of labour', 'ministry of labor', 'licensed recruitment agenc*', 'licensed agenc*',
        'dmw license', 'dmw licence', 'poea license', 'poea licence', 'dmw-approved', 'approved job order*', 'eps center',
        'hrd korea', 'hrd-korea', 'employment permit system', 'government-to-government', 'g2g', 'toea.doe.go.th',
        'doe.go.th', 'eps.dmw.gov.ph', 'dmw.gov.ph', 'bp2mi', 'jobs fair', 'job fair',
        // An advisory that sends the reader to verify with the regulator points to the official channel.
        'with the dmw', 'with dmw', 'with the poea', 'with poea', 'dmw hotline', 'poea.gov.ph', 'labour ministry', 'labor ministry',
        'ministry of manpower',
        // How licensed Philippine agencies print their licence ("DMW Lic. No. ..."), and the deployment steps only
        // the official channel has (OWWA, the Migrant Workers Office, the pre-departure orientation seminar).
        'dmw lic', 'poea lic', 'owwa', 'mwo', 'pdos', 'pre-departure orientation', 'specified skilled worker*',
      ],
      tl: ['lisensyadong ahensya'],
      id: ['kemnaker', 'disnaker', 'p2mi', 'penempatan resmi'],
      vi: ['trung tam lao dong ngoai nuoc', 'bo ld-tb&xh', 'chuong trinh eps'],
      th: ['กรมการจัดหางาน', 'กระทรวงแรงงาน', 'สำนักงานแรงงาน'],
      zh: ['劳动部', '劳工部', '驻外代表处', '劳工事务局', '劳工局'],
      ko: ['고용허가제', '한국산업인력공단'],
      ja: ['労働省', '雇用局', '特定技能', '登録支援機関', 'dmw認定'],
      bn: ['বোয়েসেল'],
      km: ['ក្រសួងការងារ'],
    },
    examples: {
      match: ['Apply through the Department of Employment (DOE)', 'DMW License No. 123-LB-456', 'EPS Center of HRD Korea'],
      noMatch: ['Apply via Telegram now', 'Our agency will handle everything'],
    },
  },
  {
    id: 'mitigation.professional_requirements',
    effect: 'pay_expected',
    rationale: 'Lures ask for no degree and no experience (Kemlu via Tempo; HK Police); an ad that requires them pays for them.',
    source: SOURCES.hkPoliceNoDegree,
    phrases: {
      en: [
        'years of experience', 'years experience', 'years of relevant experience', "bachelor's degree", 'bachelor degree',
        'bachelor of', "master's degree", 'degree in', 'university degree', 'based on experience', 'proven experience',
        'professional experience', 'years of work experience', 'cpa', 'licensed engineer',
        // A senior professional title is a requirement in itself: "$5,000/month" is what such roles pay.
        'senior developer*', 'senior software', 'senior engineer*', 'senior backend', 'senior frontend', 'senior full-stack',
        'senior full stack', 'senior data', 'senior product', 'senior accountant*', 'senior manager*', 'tech lead*',
        'engineering manager*',
      ],
      zh: ['年以上工作经验', '年以上经验', '年以上相关', '本科以上', '本科及以上', '大专以上', '大专及以上', '硕士'],
      id: ['pengalaman minimal', 'minimal s1', 'lulusan s1', 'pendidikan minimal'],
      ms: ['ijazah sarjana muda', 'tahun pengalaman'],
      vi: ['tot nghiep dai hoc', 'nam kinh nghiem'],
      th: ['ปริญญาตรี', 'ปริญญาโท'],
      ja: ['実務経験', '大卒以上'],
      ko: ['학사 이상', '년 이상 경력'],
    },
    examples: {
      match: ['Requirements: 3 years of experience and a Bachelor of Science', '本科以上学历, 3年以上工作经验'],
      noMatch: ['No experience needed, only typing', '无需学历、无需经验'],
    },
  },
  {
    id: 'mitigation.named_workplace',
    effect: 'named_workplace',
    rationale:
      'The recruiter messages the warnings quote name no employer, address or permit; a short post that gives a street address, an office to apply at or a work permit is a terse ad that can be checked, not a bare offer.',
    source: SOURCES.biTransit,
    phrases: {
      en: ['work permit provided', 'work permit will be provided', 'with work permit', 'address:', 'hr office', 'apply in person', 'walk-in', 'walk in interview*', 'interview at our'],
      tl: ['walk-in', 'mag-apply sa opisina'],
      id: ['alamat:', 'datang langsung ke'],
      ms: ['alamat:', 'temuduga terbuka'],
      vi: ['dia chi:', 'phong van truc tiep tai'],
      th: ['ที่อยู่:', 'สมัครด้วยตนเอง'],
      zh: ['地址：', '地址:', '工作地址', '面试地址'],
      ko: ['주소:', '근무지:'],
      ja: ['住所:', '勤務地:'],
    },
    examples: {
      match: ['Front desk clerk. Address: No. 12 Street 240. Work permit provided.', '面试地址：深圳南山区科技园'],
      noMatch: ['Customer service job in Cambodia, free flight', 'Chat support, tourist visa ok'],
    },
  },
];
