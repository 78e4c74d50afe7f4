// Lures in languages with few rows in the corpora, and the combinations that read a described lure: each message
// is written here for the test, in the shape the warnings describe.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';

const ids = (text: string): string[] => score(text).signals.map((signal) => signal.id);

describe('thin languages', () => {
  it('reads a Polish offer: dollars a month, free flight, Cambodia', () => {
    const text = 'Praca w Kambodży, obsługa klienta, zarobisz nawet 3000 dolarów miesięcznie, bilet lotniczy opłacony.';
    expect(ids(text)).toEqual(expect.arrayContaining(['destination.hotspot_country', 'role.back_office', 'pay.outsized_salary']));
    expect(score(text).level).toBe('high');
  });

  it('reads an Urdu offer: call centre in Thailand, free ticket and housing', () => {
    const text = 'تھائی لینڈ میں کال سینٹر کی نوکری، اچھی تنخواہ، مفت ٹکٹ اور مفت رہائش';
    expect(ids(text)).toEqual(expect.arrayContaining(['destination.transit_route', 'role.back_office', 'employer_pays.travel']));
    expect(score(text).level).toBe('high');
  });

  it('reads a Swahili report of promised well-paid jobs in Thailand', () => {
    expect(score('Vijana waliahidiwa kazi zenye malipo mazuri nchini Thailand.').level).toBe('high');
  });

  it('leaves an ordinary Polish ad alone', () => {
    expect(score('Obsługa klienta w Warszawie, umowa o pracę, wynagrodzenie 5000 zł brutto.').level).not.toBe('high');
  });

  it('reads a Sinhala offer: online work in Thailand, air ticket and lodging free', () => {
    const verdict = score('මැලේසියාවේ පාරිභෝගික සේවා රැකියා, ගුවන් ටිකට් සහ නවාතැන් නොමිලේ.');
    expect(verdict.level).toBe('high');
    expect(verdict.languages).toContain('si');
    expect(score('කොළඹ බැංකුවක පාරිභෝගික සේවා නිලධාරී, වැටුප රු. 60,000, උපාධිය අවශ්‍යයි.').level).not.toBe('high');
  });
});

describe('lures described by what they promise', () => {
  it('good pay with the travel and the board paid is a lure', () => {
    const text = 'They were promised a good salary, free accommodation and all travel expenses paid.';
    expect(score(text).reasons).toContain('combo.pay_claim+employer_pays_all');
    expect(score(text).level).toBe('high');
    expect(score('They were promised a good salary and free accommodation.').level).not.toBe('high');
  });

  it('a job that asks only for typing and a passport is a lure', () => {
    const text = 'Syaratnya mudah: cukup kecepatan mengetik dan punya paspor.';
    expect(score(text).reasons).toContain('combo.low_requirements+passport');
    expect(score(text).level).toBe('high');
  });
});

describe('slogans written apart', () => {
  it('a claim of high pay for work said to need nothing is worth a look, and high in a short post', () => {
    expect(score('高薪招聘，工作轻松，欢迎咨询').reasons).toContain('combo.pay_claim+low_requirements+short_message');
    expect(score('高薪招聘，工作轻松，欢迎咨询').level).toBe('high');
  });

  it('reads the Japanese words for openly criminal part-time work', () => {
    expect(ids('闇バイト募集、即日高収入')).toContain('scam_work.open_offer');
    expect(score('闇バイト募集、即日高収入').level).toBe('high');
  });
});

describe('recruitment aimed at people in debt', () => {
  it('a post to those struggling with debt is worth a look on its own', () => {
    const verdict = score('빚 때문에 힘드신 분들, 저희와 함께 새출발하세요.');
    expect(verdict.reasons).toContain('combo.debt_bait');
    expect(verdict.level).toBe('medium');
  });

  it('a way out of debt with a job abroad and its pay is high', () => {
    expect(score('In debt? Work overseas as a chat agent and earn 100k a month.').reasons).toContain('combo.debt_bait+offer');
    expect(score('负债上岸，海外高薪客服，包机票').level).toBe('high');
  });

  it('a collections job and an accounting job are not debt bait', () => {
    expect(ids('Collections agent: call customers about overdue debt and set up payment plans.')).not.toContain('pay.debt_way_out');
    expect(ids('会计：编制资产负债表，处理应付账款')).not.toContain('pay.debt_way_out');
  });
});

describe('a lure reported as a promise', () => {
  it('reads "lured with" and "diiming-imingi" as the promise of a job, next to a destination', () => {
    expect(ids('Dozens were lured with job offers to Cambodia.')).toContain('pay.promised_job');
    expect(score('Dozens were lured with job offers to Cambodia.').level).toBe('high');
    expect(score('Mereka diiming-imingi gaji besar di Kamboja').level).toBe('high');
  });

  it('is a described lure next to a back-office role, and nothing alone', () => {
    expect(score('They were promised jobs as call center agents.').level).toBe('high');
    expect(score('We promise a fair and quick interview.').level).toBe('none');
  });
});

describe('lures described in reports, and casino fronts', () => {
  it('a report that scammers advertise call-centre jobs is a lure', () => {
    const verdict = score('Police said scammers are advertising call center jobs on social media.');
    expect(verdict.reasons).toContain('combo.promised_job+role_or_place');
    expect(verdict.level).toBe('high');
  });

  it('game promotion with free lodging and big commission is a lure; a hotel casino dealer with a staff canteen is not', () => {
    expect(score('游戏推广，高额提成，包吃住').level).toBe('high');
    expect(score('Casino dealer, 3 years of experience, shift allowance, staff canteen, Macau resident only').level).not.toBe('high');
  });
});

describe('Thai: the Ministry of Labour\'s wording', () => {
  it('"online work, high income, no skills needed" is the easy-pay lure, and high in a short post', () => {
    const verdict = score('งานออนไลน์ รายได้สูง ไม่ต้องใช้ทักษะ');
    expect(verdict.signals.map((s) => s.id)).toContain('pay.easy_work_high_pay');
    expect(verdict.level).toBe('high');
  });

  it('reads Dubai and "neighbouring countries" as places on the route', () => {
    expect(ids('รับสมัครแอดมิน ทำงานที่ดูไบ')).toContain('destination.transit_route');
    expect(score('รับสมัครพนักงานตอบแชท ทำงานประเทศเพื่อนบ้าน').level).toBe('high');
  });

  it('"online" is not the LINE app, and a sales job in a Malaysian branch is no lure', () => {
    expect(ids('งานออนไลน์ ทำที่บ้าน')).not.toContain('off_platform.messaging_app');
    expect(ids('แอดไลน์ @job123 สมัครงานออนไลน์')).toContain('off_platform.messaging_app');
    expect(score('รับสมัครพนักงานขาย สาขามาเลเซีย ประสบการณ์ 2 ปี เงินเดือนตามตกลง').level).toBe('low');
  });
});

describe('Japanese: the National Police Agency\'s wording', () => {
  it('"profitable work abroad" with the fare paid is a lure', () => {
    const text = '海外で儲かる仕事あります、渡航費はこちらで負担します';
    expect(ids(text)).toEqual(expect.arrayContaining(['pay.high_pay_claim', 'employer_pays.travel']));
    expect(score(text).level).toBe('high');
  });

  it('a job in Thailand "introduced" to someone is a described lure; "easy money" is the easy-pay formula', () => {
    expect(score('オンラインゲームで知り合った人からタイでの仕事を紹介された').level).toBe('high');
    expect(ids('楽して稼げる海外バイト')).toContain('pay.easy_work_high_pay');
  });

  it('a commuting allowance is no fare abroad, and a flight paid by the applicant is none either', () => {
    expect(score('コールセンタースタッフ募集 時給1400円 交通費全額支給 未経験歓迎').level).toBe('low');
    expect(ids('飛行機代は自己負担です')).not.toContain('employer_pays.travel');
  });
});

describe('Chinese: Taiwan\'s and Macau\'s wording, in both scripts', () => {
  it('"no skills, degree or experience, yet generous pay" abroad is a lure', () => {
    const text = '需赴海外,不需任何技能、學歷及工作經驗就有優厚報酬';
    expect(ids(text)).toEqual(expect.arrayContaining(['destination.abroad', 'low_requirements.only_typing', 'pay.high_pay_claim']));
    expect(score(text).level).toBe('high');
  });

  it('reads 免經驗 and 杜拜 (Taiwan\'s name for Dubai)', () => {
    expect(ids('免經驗 高薪 杜拜客服')).toEqual(expect.arrayContaining(['low_requirements.no_experience', 'destination.transit_route']));
    expect(score('免經驗 高薪 杜拜客服').level).toBe('high');
  });

  it('an ordinary warehouse job that needs no experience stays low', () => {
    expect(score('招聘仓库管理员，免经验，有培训，五险一金，月薪5000').level).toBe('low');
  });
});

describe('Portuguese: the Itamaraty alert', () => {
  it('a call-centre job in Thailand with high earnings, the fare paid and quick hiring is a lure', () => {
    const text = 'Vaga em call center na Tailândia, ganhos elevados, passagens aéreas pagas, contratação rápida';
    expect(ids(text)).toEqual(expect.arrayContaining(['destination.transit_route', 'pay.high_pay_claim', 'urgency_secrecy.rushed_departure']));
    expect(score(text).level).toBe('high');
  });

  it('reads an advisory\'s "aliciados com falsas promessas de emprego" as a described lure', () => {
    expect(score('Brasileiros são aliciados com falsas promessas de emprego em call centers').level).toBe('high');
  });

  it('an ordinary sales job in São Paulo with a competitive salary stays low', () => {
    expect(score('Vaga de vendedor em São Paulo, salário competitivo, vale-transporte, contratação imediata').level).toBe('low');
  });
});

describe('Vietnamese and Indonesian: the police\'s and Kemlu\'s wording', () => {
  it('reads the HCMC Police list: no degree, tens of millions a month, a quick exit abroad', () => {
    const text = 'Tuyển nhân viên văn phòng, không cần bằng cấp, thu nhập vài chục triệu tháng, xuất cảnh nhanh';
    expect(ids(text)).toEqual(expect.arrayContaining(['pay.high_pay_claim', 'destination.abroad', 'urgency_secrecy.rushed_departure']));
    expect(score(text).level).toBe('high');
  });

  it('reads a broker who covers all the travel costs', () => {
    expect(ids('Bao ăn ở, lo toàn bộ chi phí đi lại')).toContain('employer_pays.travel');
  });

  it('reads Kemlu\'s "very light requirements, a large income" with a free ticket as a lure, and leaves a local admin job alone', () => {
    expect(score('Lowongan admin, persyaratan sangat ringan, penghasilan besar, tiket pesawat gratis').level).toBe('high');
    expect(ids('syarat ringan gaji besar')).toContain('pay.easy_work_high_pay');
    expect(score('Dicari staf admin di Jakarta, tanpa kualifikasi khusus, gaji UMR, BPJS').level).toBe('low');
  });
});

describe('pay in dollars and a visa arranged, in thin languages', () => {
  it('reads pay in US dollars in Korean, Japanese and Chinese', () => {
    expect(ids('태국 온라인 마케팅 직원 모집, 달러로 급여')).toContain('pay.high_pay_claim');
    expect(ids('タイでデジタルマーケティングの仕事、給与はドル')).toContain('pay.high_pay_claim');
    expect(score('招聘网络营销 泰国 美金结算 包签证').level).toBe('high');
  });

  it('reads a visa "diurus" (arranged) by the company as travel paid, and "ditawari pekerjaan" as a described lure', () => {
    expect(ids('Lowongan di Thailand, gaji dolar, visa diurus perusahaan')).toContain('employer_pays.travel');
    expect(score('Mereka ditawari pekerjaan sebagai operator di Kamboja').level).toBe('high');
  });

  it('pay in yuan and a visa the applicant arranges are no such signs', () => {
    expect(ids('会计，月薪人民币结算，五险一金')).not.toContain('pay.high_pay_claim');
    expect(ids('Pelamar mengurus visa dengan biaya sendiri')).not.toContain('employer_pays.travel');
  });
});

describe('short posts: earning abroad, and ten-thousands written in characters', () => {
  it('"those who want to earn abroad, DM me" is a lure in a short post', () => {
    expect(score('海外で稼ぎたい方、DMください').level).toBe('high');
  });

  it('reads 月入十萬 (100,000 a month), which the figure scanner cannot rewrite in place', () => {
    expect(ids('招聘出國工作 馬來西亞 月入十萬 免經驗')).toContain('pay.high_pay_claim');
    expect(score('招聘出國工作 馬來西亞 月入十萬 免經驗').level).toBe('high');
  });

  it('a graduate of a university abroad is not earning abroad', () => {
    expect(score('海外の大学を卒業した方歓迎、年収は経験により').level).toBe('none');
  });
});

describe('Korean, Tagalog, Indonesian and Malay gaps', () => {
  it('reads 콜센터 (call centre) as the bait role', () => {
    expect(ids('태국 콜센터 직원 구함, 숙소 제공, 초보 가능')).toContain('role.back_office');
    expect(score('태국 콜센터 직원 구함, 숙소 제공, 초보 가능').level).toBe('high');
  });

  it('reads "libre lahat" (everything free) as the employer paying, and Filipina as a place on the route', () => {
    expect(score('Trabaho abroad, no experience, 60k a month, libre lahat').level).toBe('high');
    expect(ids('Kerja jadi CS di Filipina, gaji besar, tiket ditanggung')).toContain('destination.transit_route');
  });

  it('an ordinary call-centre job in Seoul stays low', () => {
    expect(score('서울 강남 콜센터 상담원 모집, 4대보험, 경력 2년 이상, 주 5일 근무').level).toBe('low');
  });
});

describe('Traditional Chinese: the characters of the phrases fold to Simplified', () => {
  it('reads 老撾, 誘騙, 菲律賓 and 美金結算 as their Simplified phrases', () => {
    expect(ids('老撾高薪客服 包機票')).toContain('destination.hotspot_country');
    expect(score('被誘騙至柬埔寨').level).toBe('high');
    expect(ids('菲律賓 博彩客服 馬上出發')).toEqual(expect.arrayContaining(['destination.transit_route', 'urgency_secrecy.rushed_departure']));
    expect(ids('美金結算 泰國 客服')).toContain('pay.high_pay_claim');
  });

  it('reads the secrecy of 不要告訴家人 and 刪除聊天記錄', () => {
    expect(ids('不要告訴家人，刪除聊天記錄')).toContain('urgency_secrecy.secrecy');
  });

  it('leaves an ordinary Taiwanese office job alone', () => {
    expect(score('台北市會計助理，需會計相關經驗三年，月薪三萬五，週休二日').level).not.toBe('high');
  });
});

describe('Thai words written with spaces between them', () => {
  it('reads "รายได้ ดี" and "มี ที่พัก" as their phrases', () => {
    expect(ids('ทำงาน กัมพูชา รายได้ ดี มี ที่พัก')).toEqual(expect.arrayContaining(['pay.high_pay_claim', 'employer_pays.board']));
    expect(ids('ไม่ต้องมี ประสบการณ์')).toContain('low_requirements.no_experience');
  });
});
