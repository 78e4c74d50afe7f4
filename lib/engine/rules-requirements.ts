// Requirements too low for the pay: no experience, no degree, "only typing", narrow age or sex limits.

import type { PhraseList, Rule } from './rule';
import { SOURCES } from './sources';

/**
 * Narrow age bands ("18-25", "20 to 30"): a lowest age of 16-25 and a span of 4-17 years, up to 40. Wider or
 * older bands ("18-60") are ordinary eligibility rules. Numbers only: the age word is matched next to them.
 */
function narrowAgeBands(): string[] {
  const separators = ['-', '~', ' - ', ' to ', ' a ', ' den ', ' sampai ', ' hingga '];
  const bands: string[] = [];
  for (let low = 16; low <= 25; low++) {
    for (let high = low + 4; high <= Math.min(low + 17, 40); high++) {
      for (const separator of separators) bands.push(`${low}${separator}${high}`);
    }
  }
  return bands;
}

const AGE_BANDS: PhraseList = { en: narrowAgeBands() };

/** Words for age or years (of age), next to which a band of numbers is an age limit. */
const AGE_WORDS: PhraseList = {
  en: ['years old', 'yrs old', 'year old', 'years', 'yrs', 'aged', 'age', 'ages', 'y.o'],
  vi: ['tuoi'],
  zh: ['岁'],
  ja: ['歳'],
  ko: ['세', '살'],
  th: ['ปี'],
  id: ['tahun', 'thn', 'usia', 'umur'],
  tl: ['taong gulang', 'edad', 'taon'],
  es: ['anos', 'edad'],
  pt: ['anos', 'idade'],
  fr: ['ans', 'agees', 'agee', 'ages'],
  ru: ['лет', 'года', 'возраст*'],
  hi: ['साल', 'वर्ष', 'आयु', 'उम्र'],
  bn: ['বছর', 'বয়স'],
  ne: ['वर्ष', 'उमेर'],
  ta: ['வயது'],
  si: ['වයස', 'අවුරුදු'],
  ar: ['سنة', 'عاما', 'عام'],
  am: ['ዓመት', 'እድሜ'],
};

export const REQUIREMENT_RULES: readonly Rule[] = [
  {
    id: 'low_requirements.no_experience',
    category: 'low_requirements',
    role: 'minor',
    rationale: 'Lures ask for no experience and no degree: "无需学历、无需经验" (Hong Kong Police); no diploma or GPA (Kemlu, via Tempo).',
    source: SOURCES.hkPoliceNoDegree,
    phrases: {
      ur: ['تجربے کی ضرورت نہیں', 'تجربہ ضروری نہیں', 'بغیر تجربے'],
      pl: ['bez doswiadczenia', 'doswiadczenie nie jest wymagane', 'nie wymagamy doswiadczenia'],
      en: ['no experience*', 'no degree*', 'no diploma*', 'no qualification*', 'no skills required', 'no skill required', 'without experience', 'experience not required', 'experience not necessary', 'no requirements', 'no previous experience', 'no prior experience', 'no any experience'],
      tl: ['walang experience', 'kahit walang experience', 'walang karanasan', 'hindi kailangan ng experience'],
      ms: ['tiada pengalaman', 'tanpa pengalaman', 'tak perlu pengalaman', 'tidak perlu pengalaman'],
      // Kemlu: offers abroad that ask for no qualifications (SOURCES.kemluLightRequirements).
      id: ['tanpa pengalaman', 'tidak perlu pengalaman', 'tanpa ijazah', 'tidak perlu ijazah', 'tanpa ipk', 'tanpa kualifikasi', 'tidak perlu kualifikasi', 'tidak butuh kualifikasi'],
      vi: ['khong can kinh nghiem', 'khong yeu cau kinh nghiem', 'khong can bang cap', 'chua co kinh nghiem'],
      // Thai Ministry of Labour: "online work, high income, no skills needed" (SOURCES.thaiMolNoSkills).
      th: ['ไม่ต้องมีประสบการณ์', 'ไม่จำเป็นต้องมีประสบการณ์', 'ไม่จำกัดวุฒิ', 'ไม่ต้องใช้วุฒิ', 'ไม่ต้องใช้ทักษะ', 'ไม่ต้องมีทักษะ', 'ไม่ใช้ทักษะ'],
      // Taiwan MFA: 免經驗 (SOURCES.twMofaNoExperience); Macau Judiciary Police: no skills, degree or work experience (SOURCES.macauPjNoSkills).
      zh: ['无需经验', '无需学历', '不需经验', '不需学历', '零基础', '不需要经验', '经验不限', '学历不限', '免经验', '免学历', '不需工作经验', '无需工作经验', '无经验可'],
      ko: ['경력 무관', '경험 무관', '학력 무관', '초보 가능', '경력무관', '학력무관'],
      ja: ['未経験', '経験不問', '学歴不問'],
      es: ['sin experiencia', 'no se requiere experiencia'],
      pt: ['sem experiencia', 'nao precisa de experiencia'],
      fr: ['sans experience', 'aucune experience', 'sans diplome'],
      ru: ['без опыта', 'опыт не требуется', 'опыт не нужен'],
      sw: ['bila uzoefu', 'hakuna uzoefu'],
      hi: ['अनुभव की आवश्यकता नहीं', 'बिना अनुभव'],
      bn: ['অভিজ্ঞতা লাগবে না', 'অভিজ্ঞতার প্রয়োজন নেই'],
      ar: ['بدون خبرة', 'لا يشترط خبرة', 'لا تشترط الخبرة'],
    },
    examples: {
      match: ['No experience needed!', 'Walang experience okay lang', '无需学历、无需经验', 'không cần kinh nghiệm'],
      noMatch: ['3 years of experience required', 'Degree in accounting'],
    },
  },
  {
    id: 'low_requirements.only_typing',
    category: 'low_requirements',
    role: 'core',
    rationale: 'The only requirements are typing speed, basic computer use or a passport: the Kemlu/Tempo and Scroll.in accounts of lure interviews.',
    source: SOURCES.scrollTypingTest,
    phrases: {
      ur: ['صرف ٹائپنگ', 'ٹائپنگ آنی چاہیے'],
      hi: ['सिर्फ टाइपिंग', 'टाइपिंग आनी चाहिए'],
      pl: ['szybkie pisanie na komputerze', 'umiejetnosc pisania na komputerze'],
      ar: ['إجادة الكتابة على الكمبيوتر', 'الطباعة على الكمبيوتر', 'مهارات الطباعة'],
      en: ['only typing', 'just typing', 'typing speed', 'basic computer skills only', 'only requirement', 'only need a passport', 'just need a passport', 'only need to type', 'know how to type'],
      tl: ['marunong lang mag-type', 'basta marunong mag-type', 'marunong mag computer'],
      id: ['kecepatan mengetik', 'hanya butuh paspor', 'bisa mengetik', 'cukup bisa komputer', 'persyaratan sangat ringan', 'persyaratan kerja ringan', 'syarat sangat ringan'],
      ms: ['pandai menaip', 'tahu menaip'],
      vi: ['chi can biet danh may', 'biet su dung may tinh', 'chi can ngoi mot cho', 'chi can biet dung dien thoai', 'viec nhe'],
      th: ['พิมพ์ดีดได้', 'ใช้คอมพิวเตอร์ได้', 'งานง่าย', 'งานสบาย'],
      // Work that needs no skill at all (Macau Judiciary Police: 不需任何技能, SOURCES.macauPjNoSkills).
      zh: ['劳动强度低', '低劳动强度', '养老岗', '会打字', '只需打字', '会用电脑', '简单易上手', '容易上手', '轻松办公', '工作轻松', '不需任何技能', '无需任何技能', '不需要任何技能', '无需技能', '不需技能'],
      ko: ['단순 채팅', '간단한 업무', '타자만', '컴퓨터만 할 줄', '단순 작업', '쉬운 일'],
      ja: ['簡単な作業', '誰でもできる', 'スマホ一つ', '簡単な翻訳', '誰でも簡単にできる'],
      ru: ['знание иностранного языка и свободное владение компьютером', 'владение компьютером', 'требование у них одно', 'легкая работа'],
      es: ['solo saber escribir', 'solo necesitas saber escribir', 'saber escribir en computadora', 'trabajo facil', 'solo saber escribir'],
      pt: ['so precisa saber digitar', 'saber digitar', 'trabalho facil'],
      fr: ['savoir taper', 'taper a l\'ordinateur', 'travail facile'],
    },
    examples: {
      match: ['Only requirement: typing speed of 40 wpm', '只需打字, 轻松办公', 'việc nhẹ, chỉ cần ngồi một chỗ', 'Требование у них одно'],
      noMatch: ['Proficiency in Python required', 'Typist certification exam board'],
    },
  },
  {
    id: 'low_requirements.narrow_profile',
    category: 'low_requirements',
    role: 'minor',
    rationale: 'Narrow age and sex limits and requests for looks match the IOM signs (full-body photos, "cheerful" young staff).',
    source: SOURCES.iomSigns,
    phrases: {
      en: ['age 18-30', 'aged 18-30', 'age 18 to 30', 'age 20-35', 'aged 20-35', 'female only', 'females only', 'women only', 'ladies only', 'girls only', 'female applicants only', 'good looking', 'pleasing personality', 'cheerful personality'],
      zh: ['20-40岁', '18-35岁', '18-30岁', '限女性', '只招女', '仅限女', '形象好'],
      fr: ['exclusivement de sexe feminin', 'agees entre', 'uniquement des femmes', 'jeunes femmes'],
      es: ['solo mujeres', 'buena presencia', 'solo chicas', 'se buscan chicas', 'chicas de'],
      pt: ['somente mulheres', 'apenas mulheres', 'procuramos mulheres', 'mulheres de', 'boa aparencia'],
      vi: ['ngoai hinh dep', 'tu 18 den 30 tuoi', 'chi tuyen nu', 'tuyen nu', 'ban nu', 'uu tien nu'],
      th: ['หน้าตาดี', 'บุคลิกดี', 'เฉพาะผู้หญิง', 'ผู้หญิงเท่านั้น'],
      id: ['khusus wanita', 'wanita usia', 'berpenampilan menarik'],
      ms: ['wanita sahaja', 'berpenampilan menarik'],
      tl: ['babae lang', 'babae lamang'],
      ko: ['여성만', '여성 전용', '외모 단정'],
      ja: ['女性限定', '容姿端麗'],
      ru: ['только девушки', 'требуются девушки', 'приятная внешность'],
    },
    near: [{ a: AGE_BANDS, b: AGE_WORDS, within: 8 }],
    examples: {
      match: [
        'Female only, aged 20-35, good looking', '(exclusivement de sexe féminin, âgées entre 25 et 38 ans)', '包吃包住 20-40岁',
        'Cần tuyển nữ 18-25 tuổi', 'Требуются сотрудники 18 - 25 лет', 'ages 19 to 27 only',
      ],
      noMatch: ['All ages and genders welcome', 'Equal opportunity employer', 'Founded 18-25 March 1998', 'Must be 18 years or older'],
    },
  },
];
