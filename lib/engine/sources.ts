// Official statements the rules rest on. Addresses and dates as listed in the project's research notes
// (SIGNALS.md / SOURCES.md): each is a public warning by an authority, or a major outlet's report quoting one;
// where only a copy or a small site holds the statement, the link is the authority's own site.

import type { Source } from './types';

export const SOURCES = {
  interpolOrangeNotice: {
    org: 'INTERPOL',
    title: 'INTERPOL issues global warning on human trafficking-fuelled fraud (Orange Notice)',
    url: 'https://www.interpol.int/en/News-and-Events/News/2023/INTERPOL-issues-global-warning-on-human-trafficking-fuelled-fraud',
    date: '2023-06-07',
  },
  ohchrReport: {
    org: 'OHCHR',
    title: 'Hundreds of thousands trafficked to work as online scammers in SE Asia, says UN report',
    url: 'https://www.ohchr.org/en/press-releases/2023/08/hundreds-thousands-trafficked-work-online-scammers-se-asia-says-un-report',
    date: '2023-08-29',
  },
  dmwDataEncoder: {
    org: 'DMW',
    title: 'Beware of job offers abroad, OFWs told (Cacdac: "data encoder or the like" for Cambodia, Laos, Myanmar, Thailand)',
    url: 'https://www.philstar.com/nation/2022/11/29/2227204/beware-job-offers-abroad-ofws-told',
    date: '2022-11-29',
  },
  // The DMW statement on working visas is stored only as a blog copy; DFA's words on the same point, as ABS-CBN reported them.
  dmwTouristVisa: {
    org: 'DFA',
    title: 'DFA: tourists cannot work in Cambodia without a valid work permit (reported by ABS-CBN News)',
    url: 'https://news.abs-cbn.com/news/02/25/23/8-pinoy-job-scam-victims-in-cambodia-rescued',
    date: '2023-02-25',
  },
  // The DMW statement on Telegram recruiters is stored only on a mirror; BI's, as Radyo Pilipinas (state radio) reported it.
  dmwTelegram: {
    org: 'BI',
    title: 'BI warns again of scam hubs: "big salaries" as customer service representatives, recruited on Facebook and Telegram (reported by Radyo Pilipinas)',
    url: 'https://radyopilipinas.ph/2024/05/bi-muling-nagbabala-sa-publiko-vs-scam-hubs',
    date: '2024-05',
  },
  dfaCustomerService: {
    org: 'DFA',
    title: '8 Pinoy job scam victims in Cambodia rescued ("customer service agent jobs in Southeast Asia are usually bogus")',
    url: 'https://news.abs-cbn.com/news/02/25/23/8-pinoy-job-scam-victims-in-cambodia-rescued',
    date: '2023-02-25',
  },
  dfaChatSupport: {
    org: 'DFA',
    title: '26 Pilipino na-repatriate mula Cambodia: beware of online "customer service o chat support" offers',
    url: 'https://www.bomboradyo.com/26-pilipino-na-repatriate-mula-cambodia-dfa',
    date: '2023',
  },
  biMyanmar: {
    org: 'BI',
    title: 'BI cautions Filipinos on job offers in Myanmar (customer service representative, posing as tourists)',
    url: 'https://mb.com.ph/2023/11/27/bi-cautions-filipinos-on-job-offers-in-myanmar',
    date: '2023-11-27',
  },
  biSocialMedia: {
    org: 'BI',
    title: "BI warns public: don't fall for job scams on social media (P40,000 salary, encoders and e-games staff, group tour)",
    url: 'https://newsinfo.inquirer.net/1725666/bi-warns-public-dont-fall-for-job-scams-on-social-media',
    date: '2023',
  },
  // BI's July 2025 statement (recruits flown to Da Nang via Kuala Lumpur) is stored only on a small trade site; its
  // spokesperson's words on the same route, as the Inquirer group's Cebu Daily News reported them.
  biTransit: {
    org: 'BI',
    title: 'BI: recruits bound for Cambodia, Myanmar and Laos pass through other countries first, posing as tourists; scam hubs recruit on Facebook and inside BPOs (reported by Cebu Daily News)',
    url: 'https://cebudailynews.inquirer.net/624176/pogo-scams-overseas-filipinos-now-joining-them-bi',
    date: '2025-02-20',
  },
  iomSigns: {
    org: 'IOM',
    title: 'Identify the signs of human trafficking',
    url: 'https://migrantinfo.iom.int/en/identify-signs-human-trafficking',
    date: '2023',
  },
  unodcIndicators: {
    org: 'UNODC',
    title: 'Key Indicators of Trafficking in Persons for Forced Criminality',
    url: 'https://github.com/UNMigration/HTCDS/files/12143746/UNODC.Key.Indicators.of.TIP.for.Forced.Criminality.FINAL.pdf',
    date: '2023',
  },
  thaiLabourTouristVisa: {
    org: 'Thailand Ministry of Labour',
    title: 'Work overseas on a tourist visa: "you can assume you are being deceived"',
    url: 'https://www.nationthailand.com/thailand/general/40024848',
    date: '2023',
  },
  thaiDoeOnlineAdmin: {
    org: 'Thailand Department of Employment',
    title: 'DOE warns of online admin and customer-chat jobs abroad with high pay, lodging and food',
    url: 'https://www.matichon.co.th/local/quality-life/news_5424140',
    date: '2025-10-23',
  },
  // Spokesman Tanee Sangrat's 2022 warning is stored only on a small local site: the link is the ministry's own.
  thaiMfaNightCrossing: {
    org: 'Thailand MFA',
    title: 'MFA spokesman: high-paid jobs in Cambodia and Myanmar (casino and hotel receptionists); brokers send recruits across at night via Sa Kaeo',
    url: 'https://www.mfa.go.th/en/',
    date: '2022',
  },
  pdrmTravelCost: {
    org: 'PDRM (Royal Malaysia Police)',
    title: 'Overseas job scam: 168 Malaysians stranded; agent bears the travel cost, contact via WeChat and WhatsApp',
    url: 'https://www.thesundaily.my/local/overseas-job-scam-168-malaysians-stranded-pdrm-AY9643727',
    date: '2022',
  },
  vnPoliceLightWork: {
    org: 'Ho Chi Minh City Police',
    title: 'Công an TP Hồ Chí Minh cảnh báo chiêu lừa đảo "việc nhẹ lương cao"',
    url: 'https://kinhtedothi.vn/cong-an-tp-ho-chi-minh-canh-bao-chieu-lua-dao-viec-nhe-luong-cao.html',
    date: '2024-12',
  },
  hkPoliceNoDegree: {
    org: 'Hong Kong Police',
    title: '警務處處長: 高薪工作 無需學歷、無需經驗 (Commissioner: ads for "high-paying jobs", no degree, no experience needed; reported by HK01)',
    url:
      'https://zh.hk01.com/%E7%A4%BE%E4%BC%9A%E6%96%B0%E9%97%BB/1102265/%E7%BC%85%E7%94%B8%E8%AF%88%E9%AA%97%E8%90%A5-%E8%90%A7%E6%B3%BD%E9%A2%90-9%E4%BA%BA%E6%9C%AA%E5%9B%9E%E6%B8%AF-%E5%8E%BB%E5%B9%B412%E6%9C%883%E4%BA%BA%E5%BA%94%E5%BE%81-%E6%8F%BE%E5%A4%A7%E9%92%B1-%E8%A2%AB%E9%AA%97',
    date: '2025-02-11',
  },
  cnCambodiaAd: {
    org: 'NetEase News',
    title: '柬埔寨"月薪3万包机票"招聘广告 ("30k a month, air ticket paid" ads for Cambodia)',
    url: 'https://m.163.com/dy/article/KMPODIG905568K62.html',
    date: '2025',
  },
  // A victim's account in Lianhe Zaobao's report (video of 2022-06-19, also reported by Mothership), not an
  // authority's statement; the address is Zaobao's own (the research notes held it under a bare IP address).
  zaobaoCambodia: {
    org: 'Lianhe Zaobao',
    title: 'Former colleague\'s introduction: about US$4,000 a month, 包吃包住 and round-trip air tickets',
    url: 'https://www.zaobao.com.sg/news/sea/story20220619-1284393',
    date: '2022-06-19',
  },
  scrollTypingTest: {
    org: 'Scroll.in',
    title: 'Typing test at the interview for a design job in Thailand, then taken to Myawaddy',
    url: 'https://scroll.in/article/1036622',
    date: '2022',
  },
  griffithSigns: {
    org: 'Griffith University',
    title: 'Human trafficking scam: high salary, free accommodation and food, assurances of a work visa',
    url: 'https://www.griffith.edu.au/student-support/human-trafficking-scam',
    date: '2024',
  },
  // Job scams (a second kind of verdict): the authorities' own pages where they publish, else a report of their words.
  krDebtToCambodia: {
    org: 'National Assembly of Korea',
    title: 'Illegal lenders tell debtors that work in Cambodia will clear their debt: Rep. Lee Kwang-hee on National Police Agency figures (reported by News1)',
    url: 'https://www.news1.kr/society/incident-accident/5943590',
    date: '2025-10-16',
  },
  thaiMolNoSkills: {
    org: 'Thailand Ministry of Labour',
    title: 'Minister Treenuch: offers of "online work, high income, no skills needed" in neighbouring countries end in scam compounds (reported by Matichon)',
    url: 'https://www.matichon.co.th/local/quality-life/news_5434892',
    date: '2025-10-31',
  },
  thaiMolDubai: {
    org: 'Thailand Ministry of Labour',
    title: 'Thais recruited on Facebook as marketing staff and admins in Dubai, for online gambling sites; passports seized on arrival (reported by Prachachat)',
    url: 'https://www.prachachat.net/csr-hr/news-1370372',
    date: '2023-08-15',
  },
  npaOverseasWork: {
    org: 'National Police Agency of Japan',
    title: '「海外で儲かる仕事」の危険性: work abroad introduced through online games and social media, the fare paid, pay out of line with the work, then taken across a border (reported by Impress Internet Watch)',
    url: 'https://internet.watch.impress.co.jp/docs/news/1664497.html',
    date: '2025-02-20',
  },
  twMofaNoExperience: {
    org: 'Taiwan Ministry of Foreign Affairs',
    title: '海外求職頻傳遭騙被拘禁: "免經驗, 高薪出國打工" messages, over 90 of 100 calls for help from Cambodia (reported by PTS)',
    url: 'https://news.pts.org.tw/article/590202',
    date: '2022',
  },
  macauPjNoSkills: {
    org: 'Macau Judiciary Police',
    title: '五澳人遭高薪誘騙至柬台: jobs abroad that need no skills, degree or work experience yet pay generously, paid by the day (reported by Va Kio Daily)',
    url: 'https://www.waou.com.mo/2024/12/28/%E4%BA%94%E6%BE%B3%E4%BA%BA%E9%81%AD%E9%AB%98%E8%96%AA%E8%AA%98%E9%A8%99%E8%87%B3%E6%9F%AC%E5%8F%B0-%E5%8C%85%E6%8B%AC%E4%B8%80%E5%90%8D%E5%8D%81%E5%85%AD%E6%AD%B2%E7%94%B7%E5%AD%B8%E7%94%9F/',
    date: '2024-12-28',
  },
  mreSoutheastAsia: {
    org: 'Brazil Ministry of Foreign Affairs (Itamaraty)',
    title: 'Tráfico de pessoas para o Sudeste Asiático: Brazilians lured on social media with false call-centre and tech jobs, attractive pay, commission and air fares paid; do not accept offers of high earnings or quick hiring',
    url: 'https://www.gov.br/mre/pt-br/assuntos/portal-consular/alertas%20e%20noticias/alertas/trafico-de-pessoas-para-o-sudeste-asiatico',
    date: '2026-02',
  },
  vnHcmcPoliceBorder: {
    org: 'Ho Chi Minh City Police',
    title: 'Cảnh báo xuất nhập cảnh trái phép lừa đảo lao động sang Campuchia: ads for light, well-paid office work, no degree, tens of millions a month, a quick exit (reported by Thanh Niên)',
    url: 'https://thanhnien.vn/cong-an-tphcm-canh-bao-xuat-nhap-canh-trai-phep-lua-dao-lao-dong-sang-campuchia-185250914135623122.htm',
    date: '2025-09-14',
  },
  vnLamDongPolice: {
    org: 'Lam Dong Provincial Police',
    title: '31 citizens handed back from Cambodia: "việc nhẹ, lương cao" at 500-700 USD a month with free lodging and meals, brokers covering the first travel costs (reported by VietnamPlus)',
    url: 'https://www.vietnamplus.vn/lam-dong-tiep-nhan-31-cong-dan-tu-campuchia-post1056261.vnp',
    date: '2025-08-17',
  },
  kemluLightRequirements: {
    org: 'Kemlu (Indonesia Ministry of Foreign Affairs)',
    title: 'Judha Nugraha: beware of offers abroad with very light requirements and a large income (reported by Suara.com)',
    url: 'https://amp.suara.com/news/2022/04/22/155032/kemlu-minta-masyarakat-waspada-tawaran-kerja-di-luar-negeri-dengan-kriteria-ini',
    date: '2022-04-21',
  },
  spfTaskJobScams: {
    org: 'Singapore Police Force',
    title: 'Police advisory on job scams: easy online jobs in WhatsApp or Telegram groups, commission for liking, rating or boosting, then transfers to "earn more"',
    url: 'https://www.police.gov.sg/media-room/news/20240220_police_advisory_on_job_scams',
    date: '2024-02-20',
  },
  ftcIncomeScams: {
    org: 'FTC',
    title: 'Joining forces to stop income scams: the typical pitch is a lot of money for little time and effort, working from home (US Federal Trade Commission)',
    url: 'https://consumer.ftc.gov/consumer-alerts/2020/12/joining-forces-stop-income-scams',
    date: '2020-12-14',
  },
  uspisWorkAtHome: {
    org: 'US Postal Inspection Service',
    title: 'Work-at-home scams: they just don\'t pay (envelope stuffing, reshipping and other simple home tasks promised big money)',
    url: 'https://postalinspectors.uspis.gov/radDocs/PressRoom/nrwahscam.htm',
    date: '2005-02-07',
  },
  spfMessagingJobScams: {
    org: 'Singapore Police Force',
    title: 'Police advisory on job scams on messaging platforms: tasks for commission, then transfers to bank accounts or crypto wallets the scammers provide',
    url: 'https://www.police.gov.sg/Media-Room/News/20250829_police_advisory_on_job_scams_involving_messaging_platforms',
    date: '2025-08-29',
  },
  knpaCashPickupJobs: {
    org: 'Korean National Police Agency',
    title: 'National Office of Investigation: "high-pay" part-time jobs for young job seekers that turn out to be voice-phishing cash pickup (collecting loan or client payments in cash) (reported by CBS NoCut News)',
    url: 'https://m.nocutnews.co.kr/news/amp/5710901',
    date: '2022-02-21',
  },
  tokyoMpdYamiBaito: {
    org: 'Tokyo Metropolitan Police Department',
    title: '闇バイトに手を出さないで: "dark part-time jobs" recruit fraud pick-up (受け子) and withdrawal (出し子) runners with "high pay, cash the same day" and "just receive documents"',
    url: 'https://www.keishicho.metro.tokyo.lg.jp/kurashi/drug/yami_arbeit/ban_yamiarbeit.html',
    date: '2023-07-31',
  },
  sjzAntiFraudJobs: {
    org: 'Shijiazhuang Anti-Telecom-Fraud Centre (police)',
    title: '暑假学生兼职要避开哪些坑: part-time jobs never to take, among them withdrawing cash for others and renting, lending or selling your bank account (Shijiazhuang municipal government site)',
    url: 'https://www.sjz.gov.cn/columns/b69e27e8-4d0f-4b31-a67c-06481996d304/202507/22/57baddfe-932a-4e73-acf0-6123c6356a8a.html',
    date: '2025-07-22',
  },
  vnMpsAccountRental: {
    org: 'Ministry of Public Security (Viet Nam)',
    title: 'Police warn students against offers to open or rent out bank accounts ("cho thuê tài khoản ngân hàng", "nhận tiền hộ") that pass scam money on (reported by CafeF)',
    url: 'https://cafef.vn/cong-an-canh-bao-khan-den-hoc-sinh-sinh-vien-co-tai-khoan-ngan-hang-188260310155315958.chn',
    date: '2026-03-10',
  },
  pdrmPartTimeJobScams: {
    org: 'Royal Malaysia Police (PDRM)',
    title: 'Scam alert: part-time job offers promise high pay for "like" and "follow" tasks and ask an advance payment (training fee, deposit or permit) before work starts, over WhatsApp or Telegram (JSJK)',
    url: 'https://www.rmp.gov.my/news-detail/2026/01/27/besmartstayalert-letsfightscammertogether-posting-pilihan-scam-alert-statistik-kes-penipuan-tawaran-pekerjaan-sambilan',
    date: '2026-01-27',
  },
  ojkPartTimeJobScams: {
    org: 'OJK (Satgas PASTI)',
    title: 'Waspadai penipuan berkedok pekerjaan paruh waktu: paid "like and subscribe" tasks, then a deposit for bigger pay that is never returned (reported by Republika)',
    url: 'https://ekonomi.republika.co.id/berita/rxi9fg502/waspadai-penipuan-berkedok-pekerjaan-paruh-waktu',
    date: '2023-07-09',
  },
  thaiCyberPoliceTransferToWork: {
    org: 'Royal Thai Police (Cyber Crime Investigation Bureau)',
    title: 'Over 37,900 people tricked into transferring money to work for extra income or do "missions": easy tasks first, then bigger ones that need a transfer (reported by Thai Post)',
    url: 'https://thaipost.net/criminality-news/401977',
    date: '2023-06-23',
  },
  ftcFakeChecks: {
    org: 'FTC',
    title: 'Anatomy of a fake check scam: fake jobs and mystery shoppers send a check to deposit, then ask you to wire some of the money back (US Federal Trade Commission)',
    url: 'https://www.consumer.ftc.gov/blog/2018/09/anatomy-fake-check-scam',
    date: '2018-09-05',
  },
  fbiMoneyMuleJobs: {
    org: 'FBI',
    title: 'FBI warns of job postings that could be money laundering: receive funds in your bank account, "process" or transfer them on, keep a portion (reported by NBC Washington)',
    url: 'https://www.nbcwashington.com/news/consumer/fbi-warns-of-job-postings-that-could-be-money-laundering/3488392/',
    date: '2023-12',
  },
  uspisConJobs: {
    org: 'US Postal Inspection Service',
    title: 'Con jobs: Inspectors take aim at work-from-home scams (reshipping, mystery shopping; watch for "be your own boss", "guaranteed jobs", a job on the spot without an interview)',
    url: 'https://link.usps.com/2022/03/04/con-jobs-2/',
    date: '2022-03-04',
  },
  poeaCruiseShipScam: {
    org: 'POEA',
    title: 'Government warns Filipinos against cruise ship job scam: e-mailed offers of a job on board in exchange for a fee paid upfront; legitimate agencies and cruise lines may not charge it (reported by Asia Times)',
    url: 'https://asiatimes.com/2018/11/government-warns-filipinos-against-cruise-ship-job-scam/',
    date: '2018-11',
  },
  pnpAcgTaskScam: {
    org: 'PNP-ACG',
    title: 'PNP Anti-Cybercrime Group warns against online task scams: like, watch and share for commission, then "invest" to go on (reported by Abante)',
    url: 'https://www.abante.com.ph/2023/09/14/pnp-binalaan-publiko-vs-online-task-cam/',
    date: '2023-09-14',
  },
  dmwOnlineJobScams: {
    org: 'DMW',
    title: 'DMW advisory against online job scams: early payment of fees by electronic transfer is a solid sign of a scam; verify the agency at dmw.gov.ph (reported by The Filipino Times)',
    url: 'https://filipinotimes.net/latest-news/2024/09/18/dmw-issues-advisory-warning-against-online-job-scams/',
    date: '2024-09-18',
  },
} as const satisfies Record<string, Source>;
