// The second kind of verdict: job scams that take the applicant's money (fees, deposits, paid clicking), written here
// for the test in the shapes the DMW, Singapore Police and PNP-ACG warnings describe.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';
import { JOB_SCAM_CATEGORIES } from '../../../lib/engine/types';

const warned = (level: string) => level === 'medium' || level === 'high';

/** Ordinary ads with the same words as a scam: each must get no warning. */
function itStaysQuiet(cases: readonly (readonly [name: string, text: string])[]): void {
  it.each(cases)('%s stays quiet', (_name, text) => {
    expect(warned(score(text).level)).toBe(false);
  });
}

describe('job scams', () => {
  it('a paid-clicking job that asks for a deposit is a high job scam', () => {
    const verdict = score('Part-time online job: like and follow TikTok accounts, earn ₱800 a day. Deposit to unlock your commission.');
    expect(verdict.level).toBe('high');
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.reasons[0]).toMatch(/^scam\./);
  });

  it('a registration fee for easy work from home is a high job scam', () => {
    const verdict = score('Data entry from home, get paid daily. A registration fee of $45 is required before you start.');
    expect(verdict.level).toBe('high');
    expect(verdict.kind).toBe('job_scam');
  });

  it('a processing fee for a "direct hire" abroad is illegal recruitment', () => {
    const verdict = score('Direct hire to Canada for caregivers, no agency needed. Processing fee P50,000 before your visa.');
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.reasons).toContain('scam.fee+job_abroad');
    expect(verdict.level).toBe('high');
  });

  it('an interview only by chat with easy pay is worth a look', () => {
    const verdict = score('Online part time job, interview via Telegram, earn daily from your phone.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
  });

  it('typing or data entry from home is the work-at-home offer of the Postal Inspectors\' warning', () => {
    const verdict = score('Online typist wanted. Work from home on your own computer, full or part time.');
    expect(verdict.level).toBe('medium');
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.reasons).toContain('scam.home_task_job');
  });

  it('an hour a day from home for a day rate is an income-scam pitch', () => {
    const verdict = score('You can do it all from home in your free time, 1 hour a day. Earn $300 to $400 extra per day. No previous experience needed.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.signals.map((s) => s.id)).toContain('easy_money.little_effort');
  });

  it('names its signs in the job-scam categories', () => {
    const verdict = score('Send your GCash number to receive your first commission for liking videos.');
    const categories = verdict.signals.map((s) => s.category).filter((c) => JOB_SCAM_CATEGORIES.includes(c));
    expect(categories).toEqual(expect.arrayContaining(['payment_details', 'task_scheme']));
    expect(verdict.kind).toBe('job_scam');
  });
});

describe('trafficking keeps priority', () => {
  it('a lure that also asks a fee is a trafficking lure', () => {
    const verdict = score('Customer service in Cambodia, free flight and visa, USD 1,500 a month. Registration fee $50.');
    expect(verdict.level).toBe('high');
    expect(verdict.kind).toBe('trafficking');
  });
});

describe('ordinary ads stay quiet', () => {
  it.each([
    ['a hybrid customer-service job', 'Customer Service Associate, hybrid: two days work from home. HMO, 13th month pay, paid leave.'],
    ['an overseas ad with no placement fee', 'Nurses for Riyadh through our DMW-licensed agency. No placement fee. Free airfare and housing.'],
    ['a factory ad that charges nothing', '包吃住，无押金，不收任何费用，月薪5000元'],
    ['a remote support job', 'Customer Support Representative, telecommute: work from anywhere with a reliable internet connection. 1+ year of call-centre experience.'],
    ['a data entry job in an office', 'Data Entry Clerk at our Pasig warehouse, Monday to Friday, 8am-5pm. SSS, PhilHealth, Pag-IBIG.'],
    ['a data analyst who may work from home', 'Data Analyst: SQL, Python and dashboards. Hybrid, work from home on Fridays. 3 years of experience.'],
    ['a social media manager', 'Social Media Manager: plan posts, grow followers, report on engagement. 3 years of experience.'],
  ])('%s', (_name, text) => {
    expect(warned(score(text).level)).toBe(false);
  });
});

describe('remote work', () => {
  it('a remote assistant job paid a monthly wage in dollars is neither a lure nor a job scam', () => {
    const posting = { title: 'Customer Service Virtual Assistant', company: 'Example LLC', salary: '$800/month', body: 'Answer customer emails and chats for our store. Full time, remote.' };
    const verdict = score(posting);
    expect(verdict.reasons).toContain('context.remote_work');
    expect(warned(verdict.level)).toBe(false);
  });

  it('the same job with a fee, or with no experience and pay by the day, is a job scam', () => {
    expect(score('Virtual assistant, work from home, $800/month. Pay the $30 registration fee to start.').kind).toBe('job_scam');
    expect(warned(score('Data entry clerk, work from home, no experience needed, get paid daily.').level)).toBe(true);
  });
});

describe('fake checks and money mules (FTC, FBI)', () => {
  it('a mystery-shopper job that sends a check to deposit and wire on is a job scam', () => {
    const verdict = score('Mystery shopper wanted, work from home. We mail you a check: deposit the check, keep $200 for your time and wire the balance through the store\'s money transfer service.');
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.level).toBe('high');
    expect(verdict.reasons).toContain('scam.forward_funds+offer');
  });

  it('a check to deposit and money to send back is worth a warning even alone', () => {
    const verdict = score('Your starting package: cash the cheque at your bank and send back the remaining amount to our equipment supplier.');
    expect(verdict.level).toBe('medium');
    expect(verdict.reasons).toContain('scam.forward_funds');
  });

  it('a "payment processing agent" who takes funds into a personal account from home is a money mule job', () => {
    const verdict = score('Payment processing agent, work from home. You receive payments into your personal account and forward the funds to our partners, keeping 8% commission.');
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.level).toBe('high');
    expect(verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['payment_details.forward_funds', 'easy_money.money_moving_job']));
  });

  itStaysQuiet([
    ['a payroll job paid by direct deposit', 'Payroll Officer at our head office. Salary paid by direct deposit every two weeks. 3 years of payroll experience.'],
    ['a bank teller', 'Bank teller, Ortigas branch: cash checks, accept deposits and process money transfers for walk-in clients. Full time, SSS and HMO.'],
    ['an accounts payable clerk', 'Accounts Payable Clerk: process vendor invoices and payments, reconcile the bank account monthly. Office based, Monday to Friday.'],
    ['a payments analyst', 'Payment Processing Analyst, fintech team in Taguig: card processing, settlement reports, 2 years of experience.'],
  ]);
});

describe('reshipping and income pitches (US Postal Inspectors)', () => {
  it('receiving and reshipping parcels from home is the reshipping job', () => {
    const verdict = score('Package inspector, work from home: receive packages at your home, check the contents and reship the packages with the labels we e-mail you.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.reasons).toContain('scam.home_task_job');
  });

  it('"be your own boss" with no experience needed is an income pitch', () => {
    const verdict = score('Be your own boss! Unlimited income from the comfort of your home. No experience needed, we show you everything.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.signals.map((s) => s.id)).toContain('easy_money.income_pitch');
  });

  itStaysQuiet([
    ['a warehouse shipping clerk', 'Warehouse Shipping Clerk: pack and ship customer orders, print labels, forward damaged parcels to returns. Day shift at our Laguna warehouse.'],
    ['a franchise ad that asks for experience', 'Franchise owners: run your own store with our brand. 5 years of retail management experience and business capital required.'],
    ['an ad that guarantees nothing', 'Sales Associate at our Cebu branch, basic salary plus commission, 1 year of retail experience.'],
  ]);
});

describe('cruise-ship jobs for fees (POEA)', () => {
  it('a cruise-ship job with placement and visa fees is illegal recruitment', () => {
    const verdict = score('Cruise ship jobs: waiters, cabin stewards and bartenders. Placement fee and visa processing fee to be paid before your boarding date.');
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.level).toBe('high');
    expect(verdict.reasons).toContain('scam.fee+job_abroad');
  });

  it('a "guaranteed" cruise job from a free e-mail address is worth a warning', () => {
    const verdict = score('Luxury cruise line hiring housekeeping staff, guaranteed job. Send your CV to cruise.recruit.team@gmail.com.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.reasons).toContain('scam.cruise_job+unchecked');
  });

  itStaysQuiet([
    ['a cruise job through a licensed manning agency', 'Cruise line hiring through our DMW-licensed manning agency: waiters and cooks, 2 years of hotel experience. No placement fee.'],
    ['an engineer who works on cruise control', 'Automotive Software Engineer: adaptive cruise control features, C++ and AUTOSAR, 4 years of experience.'],
  ]);
});

describe('money runners and account renting in Korean, Japanese, Chinese and Vietnamese (police warnings)', () => {
  it.each([
    ['ko: cash pickup sold as a high-pay job (Korean National Police Agency)', '고수익 단기 알바 모집. 거래처 대금 회수 업무, 일당 20만원 당일 지급. 카톡으로 연락 주세요.'],
    ['ja: a "dark part-time job" that only receives documents (Tokyo police)', '書類を受け取るだけの簡単なお仕事です。高額即金、即日現金でお支払いします。詳しくはDMで。'],
    ['zh: buying bank cards for a part-time job (Chinese police)', '在家兼职，高价收购银行卡，日结300元，不用面试。'],
    ['vi: renting out a bank account (Vietnamese police)', 'Cần người cho thuê tài khoản ngân hàng, làm tại nhà, trả 500k mỗi tuần.'],
  ])('%s is a job scam', (_name, text) => {
    const verdict = score(text);
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
  });

  itStaysQuiet([
    ['ko: an accounts receivable job', '회계팀 채권 관리 담당자 모집. 거래처 정산 및 세금계산서 발행, 경력 2년 이상, 4대 보험.'],
    ['ko: a cash-in-transit guard', '현금수송 경비원 모집: ATM 현금 수거 및 운송, 2인 1조 근무, 4대 보험, 월급제.'],
    ['th: a driver who advances fuel costs', 'พนักงานขับรถส่งของ สำรองจ่ายค่าน้ำมันก่อนแล้วเบิกคืนได้ทุกสัปดาห์ เงินเดือนประจำ ประกันสังคม'],
    ['ja: a reception job that handles documents', '受付事務スタッフ募集。来客対応、書類の受け取りと整理。月給22万円、社会保険完備。'],
    ['zh: a cashier who must not lend the company account', '出纳：办理现金和银行存款收付业务，不准出租出借银行账户。五险一金，周末双休。'],
    ['vi: a bank teller', 'Giao dịch viên ngân hàng: tư vấn mở tài khoản, nhận tiền gửi của khách hàng tại quầy. Lương tháng, bảo hiểm đầy đủ.'],
  ]);
});

describe('task deposits and chat-only interviews in Chinese, Korean and Vietnamese', () => {
  it('zh: a paid order-brushing job that returns the principal only after more tasks is a job scam', () => {
    const verdict = score('兼职刷单，手机就能做，完成三单后返还本金和佣金。');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.signals.map((s) => s.id)).toContain('task_scheme.deposit_to_earn');
  });

  it('vi: a job that asks for a deposit to be taken on is a job scam', () => {
    const verdict = score('Tuyển cộng tác viên làm online tại nhà, nộp tiền ký quỹ để được nhận việc, thu nhập 500k mỗi ngày.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
  });

  it('ko: a high-pay job interviewed only by messenger is worth a look', () => {
    const verdict = score('재택 고수익 알바, 텔레그램 면접 후 바로 근무, 당일 지급.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
  });

  itStaysQuiet([
    ['zh: an e-commerce operator', '电商运营专员：负责店铺商品上架、活动策划和数据分析，一年以上经验，五险一金。'],
    ['ko: an office job with an in-person interview', '사무보조 채용, 본사 대면 면접, 주 5일 09:00-18:00, 4대 보험, 월급제.'],
    ['vi: a securities broker who explains margin', 'Chuyên viên môi giới chứng khoán: tư vấn khách hàng về giao dịch ký quỹ, lương cứng và thưởng doanh số.'],
  ]);
});

describe('advance payments and task deposits in Malay, Indonesian and Thai (PDRM, OJK, Thai cyber police)', () => {
  it.each([
    ['ms: an advance payment before a like-and-follow job starts', 'Kerja sambilan dari rumah: like dan follow akaun TikTok, komisen harian. Perlu bayaran pendahuluan RM150 sebelum mula.', 'upfront_fee.pay_before_work'],
    ['id: a deposit for bigger pay after paid tasks', 'Kerja paruh waktu like dan subscribe YouTube, dibayar per tugas. Untuk komisi lebih besar, lakukan deposit sejumlah dana, deposit akan dikembalikan.', 'task_scheme.deposit_for_bigger_pay'],
    ['th: a transfer to start online work', 'งานออนไลน์ทำที่บ้าน กดไลค์รับเงิน ต้องโอนเงินก่อนเริ่มงาน แล้วได้ค่าคอมคืนทุกวัน', 'task_scheme.transfer_to_work'],
  ])('%s is a job scam', (_name, text, rule) => {
    const verdict = score(text);
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.signals.map((s) => s.id)).toContain(rule);
  });

  itStaysQuiet([
    ['ms: an employer that charges nothing', 'Pembantu tadbir di pejabat Shah Alam. Tiada bayaran pendahuluan. Gaji bulanan, KWSP dan PERKESO.'],
    ['id: a bank teller', 'Teller bank cabang Bandung: melayani setoran, penarikan dan deposito nasabah. Gaji bulanan dan BPJS.'],
    ['th: an accountant who makes transfers', 'พนักงานบัญชี ดูแลการโอนเงินให้ซัพพลายเออร์และกระทบยอดบัญชี เงินเดือนประจำ ประกันสังคม'],
  ]);
});

describe('task scams in Tagalog (PNP-ACG)', () => {
  it('tl: paid likes, then an obligation to "invest" for the next task, is a job scam', () => {
    const verdict = score('Online na trabaho sa bahay: pag-like sa post at panonood ng video at pag-share, may komisyon agad. Sa susunod na task, obligadong mag-invest.');
    expect(warned(verdict.level)).toBe(true);
    expect(verdict.kind).toBe('job_scam');
    expect(verdict.signals.map((s) => s.id)).toContain('task_scheme.deposit_to_earn');
  });

  it('tl: a social media job with a monthly salary stays quiet', () => {
    expect(warned(score('Social media assistant sa aming opisina sa Makati: gumawa ng post at sumagot sa comments. Buwanang sahod, SSS at PhilHealth.').level)).toBe(false);
  });
});

describe('money words in ordinary ads (fake-check and money-mule rules)', () => {
  itStaysQuiet([
    ['a restaurant that shares tips', 'Servers wanted for our Makati restaurant. Servers keep a portion of the tips; no experience needed, we train you.'],
    ['a treasury analyst', 'Treasury Analyst: receive payments from subsidiaries, reconcile them and transfer the funds to the right accounts. CPA preferred.'],
    ['an accounts receivable clerk who deposits checks', 'Accounts Receivable Clerk: log incoming payments, deposit the checks at the bank each morning, update the ledger. Office based.'],
  ]);
});
