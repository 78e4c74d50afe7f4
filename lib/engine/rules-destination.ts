// Where the job is: scam-compound hotspots, and the transit routes to them.
// Country and place names are facts, written in each script; the warnings that name them are cited.

import type { Rule } from './rule';
import { SOURCES } from './sources';

const HOTSPOT_COUNTRY: Rule = {
    id: 'destination.hotspot_country',
    category: 'destination',
    role: 'hotspot',
    rationale: 'Cambodia, Myanmar and Laos host the scam compounds named in INTERPOL, OHCHR, DMW, DFA and BI warnings.',
    source: SOURCES.dmwDataEncoder,
    phrases: {
      ur: ['کمبوڈیا', 'میانمار', 'لاؤس', 'برما'],
      pl: ['kambodz*', 'birma', 'birmie', 'mjanma'],
      en: ['cambodia*', 'kampuchea', 'myanmar', 'burma', 'laos', 'lao pdr'],
      tl: ['kambodya', 'kambodia'],
      ms: ['kemboja'],
      id: ['kamboja'],
      vi: ['campuchia', 'cam bot', 'cao mien', 'mien dien'],
      th: ['กัมพูชา', 'เขมร', 'เมียนมา', 'พม่า', 'ประเทศลาว', 'สปป.ลาว', 'สปป ลาว', 'ไปลาว'],
      zh: ['柬埔寨', '柬国', '缅甸', '缅北', '老挝', '寮国'],
      ko: ['캄보디아', '미얀마', '라오스'],
      ja: ['カンボジア', 'ミャンマー', 'ラオス'],
      es: ['camboya', 'birmania'],
      pt: ['camboja', 'mianmar', 'birmania'],
      fr: ['cambodge', 'birmanie'],
      ru: ['камбодж*', 'мьянм*', 'бирм*', 'лаос*'],
      sw: ['kambodia', 'kambodja'],
      hi: ['कंबोडिया', 'कम्बोडिया', 'म्यांमार', 'म्यानमार', 'लाओस'],
      bn: ['কম্বোডিয়া', 'কম্বোডিয়া', 'মিয়ানমার', 'মায়ানমার', 'লাওস'],
      ar: ['كمبوديا', 'ميانمار', 'لاوس'],
      am: ['ካምቦዲያ', 'ምያንማር', 'ማይናማር', 'ላኦስ'],
      ne: ['कम्बोडिया', 'म्यानमार', 'लाओस'],
      ta: ['கம்போடியா', 'கம்போடிய', 'மியான்மர்', 'லாவோஸ்'],
      lo: ['ກຳປູເຈຍ', 'ມຽນມາ', 'ພະມ້າ'],
      km: ['កម្ពុជា', 'មីយ៉ាន់ម៉ា'],
      my: ['ကမ္ဘောဒီးယား'],
      si: ['කාම්බෝජ*', 'මියන්මාර*', 'ලාඕස*'],
    },
    examples: {
      match: ['Customer service job in Cambodia', 'Trabaho sa Kemboja', 'Việc làm Campuchia', '柬埔寨招聘', 'カンボジアで働きませんか', 'работа в Камбодже'],
      noMatch: ['Customer service job in Manila', 'Trabaho sa Dubai', 'malaon na kaayo'],
    },
};

const HOTSPOT_PLACE: Rule = {
    id: 'destination.hotspot_place',
    category: 'destination',
    role: 'hotspot',
    rationale: 'Cities, border towns and compounds where people lured by job ads were held (BI, Kemlu, Thai MFA, UNODC).',
    source: SOURCES.biMyanmar,
    phrases: {
      en: [
        'sihanoukville', 'sihanouk ville', 'preah sihanouk', 'kampong som', 'phnom penh', 'bavet', 'poipet', 'oddar meanchey',
        'bokor', 'kampot', 'myawaddy', 'myawadi', 'kk park', 'shwe kokko', 'shwe koko', 'laukkaing', 'laukkai', 'lauk kai',
        'golden triangle', 'mae sot', 'tachileik', 'hpa lu', 'hpalu', 'shan state', 'wa state', 'kokang',
      ],
      vi: ['tam giac vang', 'nam vang', 'sihanouk', 'ba vet'],
      th: ['สีหนุวิลล์', 'พนมเปญ', 'ปอยเปต', 'เมียวดี', 'แม่สอด', 'ท่าขี้เหล็ก', 'สามเหลี่ยมทองคำ', 'รัฐฉาน', 'ชเวโก๊กโก่', 'เคเคปาร์ค'],
      zh: ['西港', '西哈努克', '金边', '巴域', '木牌', '波贝', '妙瓦底', '妙瓦迪', 'kk园区', 'kk园', '亚太新城', '果敢', '金三角', '美索', '大其力', '掸邦', '佤邦', '电诈园区'],
      ko: ['시아누크빌', '프놈펜', '바벳', '포이펫', '미야와디', '먀와디', '골든트라이앵글', '골든 트라이앵글'],
      ja: ['シアヌークビル', 'プノンペン', 'バベット', 'ポイペト', 'ミャワディ', 'ゴールデントライアングル'],
      ru: ['сиануквил*', 'пномпен*', 'мьявади', 'золот* треугольник*'],
      hi: ['म्यावाडी', 'म्यावड्डी', 'नोम पेन्ह', 'सिहानोकविले'],
      ta: ['மியாவாடி'],
      lo: ['ສາມຫລ່ຽມຄຳ', 'ສາມຫຼ່ຽມຄຳ', 'ເຂດເສດຖະກິດພິເສດສາມຫລ່ຽມ'],
      id: ['segitiga emas'],
      es: ['triangulo de oro', 'triangulo dorado'],
      fr: ['triangle d\'or'],
      my: ['ရွှေကုက္ကို', 'မြဝတီ', 'ကေကေပတ်', 'တာချီလိတ်', 'ရွှေတြိဂံ'],
    },
    examples: {
      match: ['Hiring in Sihanoukville now', 'Work in KK Park, Myawaddy', '西港高薪招聘', 'งานที่เมียวดี', 'ທຳງານຢູ່ ເຂດເສດຖະກິດພິເສດສາມຫລ່ຽມຄຳ'],
      noMatch: ['Hiring in Singapore now', 'Park your car at KKR', 'The golden rule of triage'],
    },
};

/**
 * How far apart a job word and a hotspot may be to read as one invitation ("work in Cambodia", "柬埔寨招聘"). The rule
 * only counts on its own in short messages (score.ts).
 */
const WORK_IN_HOTSPOT_REACH = 30;

/** Words for work, a job, hiring. */
const JOB_WORDS = {
  en: ['work*', 'job*', 'hiring', 'vacanc*', 'recruit*', 'employment'],
  tl: ['trabaho', 'magtrabaho'],
  ms: ['kerja', 'bekerja', 'jawatan kosong'],
  id: ['kerja', 'bekerja', 'lowongan', 'loker'],
  vi: ['viec lam', 'lam viec', 'tuyen', 'lam an', 'di lam', 'sang lam', 'qua lam', 'can gap', 'can tuyen'],
  th: ['ทำงาน', 'รับสมัคร', 'หางาน'],
  zh: ['招聘', '工作', '务工', '打工', '招人'],
  ko: ['일하러', '일자리', '취업', '알바', '채용', '근무'],
  ja: ['働', '求人', '仕事', 'バイト', '勤務'],
  es: ['trabajo*', 'empleo*', 'trabajar'],
  pt: ['trabalho*', 'emprego*', 'trabalhar'],
  fr: ['travail*', 'emploi*', 'travailler'],
  ru: ['работ*', 'ваканс*'],
  sw: ['kazi'],
  hi: ['नौकरी', 'काम', 'naukri', 'kaam'],
  bn: ['চাকরি', 'কাজ'],
  ar: ['عمل', 'وظيفة', 'وظائف'],
  am: ['ሥራ', 'ስራ'],
  ne: ['काम', 'रोजगार'],
  ta: ['வேலை'],
  lo: ['ວຽກ'],
  km: ['ការងារ'],
  my: ['အလုပ်'],
  si: ['රැකියා*', 'වැඩ'],
} as const;

export const DESTINATION_RULES: readonly Rule[] = [
  HOTSPOT_COUNTRY,
  HOTSPOT_PLACE,
  {
    id: 'destination.work_in_hotspot',
    category: 'destination',
    role: 'hotspot',
    rationale: 'A bare invitation to work in Cambodia, Myanmar or Laos, with no employer or licence named, is how recruitment opens (BI; DMW).',
    source: SOURCES.biTransit,
    near: [
      { a: HOTSPOT_COUNTRY.phrases!, b: JOB_WORDS, within: WORK_IN_HOTSPOT_REACH },
      { a: HOTSPOT_PLACE.phrases!, b: JOB_WORDS, within: WORK_IN_HOTSPOT_REACH },
    ],
    // A work permit or work visa is the legal route the warnings ask for, not an invitation.
    unless: { phrases: { en: ['work permit*', 'work visa*', 'working visa*', 'employment pass*', 'work experience'] }, within: 0 },
    examples: {
      match: ['一緒にカンボジアで働きませんか', 'Work in Cambodia, message me', '柬埔寨金边招聘木工'],
      noMatch: ['Cambodia travel guide', 'Work from home in Manila', 'Work permit arranged under Cambodian labour law'],
    },
  },
  {
    id: 'destination.transit_route',
    category: 'destination',
    role: 'transit',
    rationale: 'Recruits are flown as tourists to Thailand, Malaysia, Hong Kong, Vietnam or Dubai and moved on across a border (BI, Thai MFA); DFA: customer-service jobs "in Southeast Asia" are usually bogus.',
    source: SOURCES.biTransit,
    phrases: {
      ur: ['تھائی لینڈ', 'دبئی', 'ملائیشیا', 'بینکاک'],
      pl: ['tajlandi*', 'malezj*', 'dubaj*', 'wietnam*'],
      en: ['vietnam', 'viet nam', 'thailand', 'bangkok', 'mae sai', 'sa kaeo', 'da nang', 'dubai', 'kuala lumpur', 'malaysia', 'hong kong', 'tay ninh', 'moei river', 'southeast asia', 'south-east asia', 'south east asia'],
      tl: ['taylandya', 'timog-silangang asya'],
      vi: ['thai lan', 'tay ninh', 'ma lai', 'dong nam a'],
      id: ['asia tenggara', 'filipina', 'uni emirat arab'],
      ms: ['asia tenggara', 'filipina', 'emiriah arab bersatu'],
      // Thai Ministry of Labour: offers in "neighbouring countries" (SOURCES.thaiMolNoSkills) and in Dubai (SOURCES.thaiMolDubai).
      th: ['แม่สาย', 'สระแก้ว', 'ริมเมย', 'แม่น้ำเมย', 'ประเทศเพื่อนบ้าน', 'ดูไบ', 'มาเลเซีย', 'เวียดนาม', 'ฟิลิปปินส์'],
      zh: ['东南亚', '越南', '菲律宾', '泰国', '曼谷', '马来西亚', '迪拜', '杜拜', '阿联酋', '湄索', '泰缅边境', '边境'],
      ko: ['베트남', '필리핀', '태국', '방콕', '말레이시아', '두바이', '동남아'],
      ja: ['ベトナム', 'フィリピン', 'タイで', 'タイへ', 'タイに', 'タイの', 'タイ国', 'バンコク', 'マレーシア', 'ドバイ', '東南アジア'],
      es: ['tailandia', 'malasia', 'en asia', 'sudeste asiatico'],
      pt: ['tailandia', 'malasia', 'na asia', 'sudeste asiatico', 'vietna', 'filipinas', 'emirados arabes'],
      fr: ['thailande', 'malaisie', 'en asie', 'asie du sud-est'],
      ru: ['таиланд*', 'тайланд*', 'бангкок*', 'малайзи*', 'дубай', 'дубае', 'юго-восточн* ази*', 'в азии'],
      sw: ['thailandi', 'tailandi', 'dubai'],
      hi: ['थाईलैंड', 'थाइलैंड', 'बैंकॉक', 'दुबई', 'मलेशिया'],
      bn: ['থাইল্যান্ড', 'ব্যাংকক', 'দুবাই', 'মালয়েশিয়া', 'মালয়েশিয়া'],
      ar: ['تايلاند', 'تايلند', 'بانكوك', 'دبي', 'ماليزيا'],
      am: ['ታይላንድ', 'ዱባይ', 'ማሌዢያ', 'ማሌዥያ'],
      ne: ['थाइल्याण्ड', 'थाईल्याण्ड', 'थाइल्यान्ड', 'दुबई', 'मलेसिया', 'मलेशिया'],
      ta: ['தாய்லாந்து', 'தாய்லாந்த', 'துபாய்', 'மலேசியா'],
      my: ['ထိုင်း'],
      si: ['තායිලන්ත*', 'ඩුබායි', 'මැලේසියා*'],
      lo: ['ປະເທດໄທ', 'ໄປໄທ', 'ຢູ່ໄທ', 'ບາງກອກ'],
    },
    // "フィリピン人介護職員", "越南人员工": the workers' nationality, not where the job is.
    unless: {
      phrases: {
        ja: ['フィリピン人', 'ベトナム人', 'マレーシア人', 'タイ人'],
        zh: ['菲律宾人', '越南人', '泰国人', '马来西亚人', '菲籍', '越籍'],
        ko: ['필리핀인', '베트남인', '태국인', '말레이시아인'],
      },
      within: 0,
    },
    examples: {
      match: ['Work in Thailand with visa', 'தாய்லாந்தில் வேலை', 'ວຽກຢູ່ໄທ', 'ทำงานที่แม่สาย', '去泰国工作', 'タイで働く', 'работа в Таиланде'],
      noMatch: ['Thai food restaurant staff', 'タイプ入力', 'Made in Taiwan'],
    },
  },
  {
    id: 'destination.foreign_recruits',
    category: 'destination',
    role: 'transit',
    rationale:
      'An ad aimed at foreigners, or at applicants "from certain countries", recruits people to move abroad for the job: the Facebook "call center jobs" for foreigners that took recruits to Cambodia (BI).',
    source: SOURCES.biTransit,
    phrases: {
      en: ['english-speaking foreigners', 'english speaking foreigners', 'foreigners wanted', 'hiring foreigners', 'foreign applicants only', 'for foreigners', 'to foreigners', 'foreign nationals wanted', 'from certain countries', 'from particular countries', 'from specific countries', 'certain nationalities', 'specific nationalities'],
      fr: ['originaires de certains pays', 'de certains pays', 'certaines nationalites', 'pour etrangers', 'aux etrangers'],
      es: ['de ciertos paises', 'de determinados paises', 'para extranjeros', 'a extranjeros', 'ciertas nacionalidades'],
      pt: ['de certos paises', 'de determinados paises', 'para estrangeiros', 'a estrangeiros'],
      ru: ['для иностранцев', 'из определенных стран'],
    },
    examples: {
      match: ['Call centre jobs for English-speaking foreigners', 'candidates originaires de certains pays'],
      noMatch: ['Open to all nationalities', 'Foreign exchange trader'],
    },
  },
  {
    id: 'destination.abroad',
    category: 'destination',
    role: 'transit',
    rationale: 'Offers of unnamed jobs "abroad" reach victims through social media; DMW says to verify any overseas job.',
    source: SOURCES.dmwTelegram,
    phrases: {
      ur: ['بیرون ملک'],
      pl: ['za granica', 'za granice', 'praca zagraniczna', 'prace za granica'],
      en: ['abroad', 'overseas job*', 'work overseas', 'jobs overseas', 'overseas work*'],
      tl: ['ibang bansa', 'trabaho abroad', 'trabaho-abroad'],
      ms: ['luar negara'],
      id: ['luar negeri'],
      // Leaving the country is going abroad (HCMC Police: "xuất cảnh nhanh", SOURCES.vnHcmcPoliceBorder).
      vi: ['nuoc ngoai', 'xuat khau lao dong', 'sang do lam viec', 'xuat canh'],
      th: ['ต่างประเทศ', 'ต่างแดน'],
      zh: ['出国工作', '出国务工', '出国劳务', '出国打工', '海外工作', '海外务工', '境外工作', '国外工作', '出国赚钱', '赴海外', '赴境外'],
      ko: ['해외 취업', '해외취업', '해외 일자리', '해외에서 일', '해외 고수익', '해외 알바', '해외 근무', '해외근무'],
      ja: ['海外で働', '海外勤務', '海外求人', '海外就労'],
      es: ['en el extranjero', 'en el exterior'],
      pt: ['no exterior', 'no estrangeiro'],
      fr: ['a l\'etranger'],
      ru: ['за границ*', 'за рубеж*'],
      sw: ['nje ya nchi', 'ughaibuni'],
      hi: ['विदेश'],
      bn: ['বিদেশ'],
      ar: ['في الخارج', 'خارج البلاد'],
      ne: ['विदेश', 'वैदेशिक'],
      ta: ['வெளிநாடு', 'வெளிநாட்டு'],
      si: ['විදේශ*'],
    },
    // "Overseas" in Korean and Japanese is common on its own ("해외영업", overseas sales): only next to a job word.
    near: [
      {
        a: { ko: ['해외'], ja: ['海外'], zh: ['海外', '境外', '国外'] },
        b: {
          ko: ['알바', '일자리', '근무', '채용', '고수익', '고소득'],
          ja: ['仕事', '求人', 'バイト', '高収入', '高額', '稼', '儲', 'もうか'],
          zh: ['直招', '招聘', '招人', '高薪', '月入', '月收', '赚钱', '打工'],
        },
        within: 4,
      },
    ],
    examples: {
      match: ['Work abroad, big salary', 'Trabaho sa ibang bansa', '出國工作一個月10萬', '해외 취업', '해외 채팅 알바', '海外で高収入', '海外直招客服'],
      noMatch: ['Broad knowledge of Excel', 'Work from our Manila office', '해외영업 담당자 채용'],
    },
  },
  {
    id: 'destination.foreign_currency_pay',
    category: 'destination',
    role: 'transit',
    detector: 'foreign_currency',
    rationale: 'Pay quoted in US dollars or another foreign currency to readers at home means a job abroad (BI US$1,500; Kemlu US$1,000-1,200).',
    source: SOURCES.biSocialMedia,
    examples: {
      match: ['Lương 1.000 USD/tháng', 'Gaji USD 1.000 per bulan untuk kerja admin'],
      noMatch: ['Lương 12 triệu đồng/tháng', 'Salary USD 1,000 per month'],
    },
  },
];
