// Short recruiter messages carry little besides the offer: a hotspot, a pay figure, a gambling job. These tests pin
// the combinations that read such messages, and the long ordinary ads with the same words that must stay quiet.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';
import { collectSalaries, findForeignCurrencyPay, findOutsizedPay } from '../../../lib/engine/pay';

const ids = (text: string): string[] => score(text).signals.map((s) => s.id);

/** Pads a text to an ordinary full ad with requirements (not a bare offer). */
const asLongAd = (text: string): string =>
  `${text} Requirements: bachelor's degree and 3 years of experience in a similar role. We offer a contract, ` +
  'social security, paid leave and training. Interviews take place at our registered office; send your CV through ' +
  'our careers page. Only shortlisted candidates will be contacted. Our company has operated since 1998 and employs ' +
  'over 400 people in three offices.';

describe('short messages', () => {
  it.each([
    ['ja', '来月から一緒にカンボジアで働きませんか'],
    ['zh', '柬埔寨西港工厂招聘电工20名'],
    ['es', 'Ofrecemos empleos en plataformas digitales en Camboya, escríbenos'],
  ])('rates a bare invitation to work in a hotspot high (%s)', (_lang, text) => {
    const verdict = score(text);
    expect(verdict.level).toBe('high');
    expect(verdict.signals.map((s) => s.category)).toContain('destination');
  });

  it('keeps a hotspot job that states real requirements below high', () => {
    const verdict = score(asLongAd('Work in Cambodia: Phnom Penh office, audit team.'));
    expect(verdict.level).not.toBe('high');
  });

  it('rates a short ad for gambling customer service or promotion high, game promotion alone below medium', () => {
    expect(score('Cần tuyển nhân viên chăm sóc khách hàng game online, lương hấp dẫn').level).toBe('high');
    expect(score('招聘博彩推广专员数名').level).toBe('high');
    expect(ids('Lowongan admin judol, hubungi kami')).toContain('role.gambling_support');
    expect(['none', 'low']).toContain(score('游戏推广专员，五险一金').level);
  });

  it('rates a recruitment ad that denies confinement or beatings high', () => {
    for (const text of ['분명히 말씀드립니다. 감금이나 폭행 같은 일은 절대 없습니다', 'Honest job, no detention and no beatings, you keep your phone']) {
      expect(ids(text), text).toContain('scam_work.denies_abuse');
      expect(score(text).level, text).toBe('high');
    }
    expect(ids('Detention centre officer, government post')).not.toContain('scam_work.denies_abuse');
  });

  it('rates a short message with an outsized figure and a claim of high pay high, but not a long ad', () => {
    const message = 'आकर्षक वेतन: 90 हजार रुपए मासिक';
    expect(ids(message)).toEqual(expect.arrayContaining(['pay.high_pay_claim', 'pay.outsized_salary_at_home']));
    expect(score(message).level).toBe('high');
    expect(score(asLongAd('Attractive salary: ₹90,000 per month for a senior architect.')).level).not.toBe('high');
  });

  it('rates a vague high-paying job with commission on top high in a message, not in a long sales ad', () => {
    expect(score('有个高薪工作，月入两万，还有提成').level).toBe('high');
    expect(['none', 'low']).toContain(score(asLongAd('销售代表，底薪4000加提成，五险一金。')).level);
  });

  it('does not read "high-paying job" as a lure when the only figure stated is an ordinary wage', () => {
    const verdict = score('销售代表，高薪工作等你来，底薪4500加提成');
    expect(verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['pay.high_pay_claim', 'pay.commission_on_top']));
    expect(['none', 'low']).toContain(verdict.level);
    // A small bonus next to an outsized wage does not make the pay ordinary.
    expect(score('आकर्षक वेतन: 90 हजार रुपए मासिक और 10 हजार रुपए बोनस').level).toBe('high');
  });

  it('does not count commission as the pay claim of a short domestic ad with free board', () => {
    expect(['none', 'low']).toContain(score('招聘客服，底薪3000加提成，包吃住，五险一金').level);
  });

  it('counts pay promised as a multiple of a wage, never holiday rates', () => {
    const text = 'รับสมัครด่วน เงินเดือนสูง จาก 15,000 บาท เพิ่มอีก 3 เท่า';
    expect(ids(text)).toContain('pay.multiplied_pay');
    expect(score(text).level).toBe('high');
    expect(ids('Triple pay on public holidays and double pay on Sundays')).not.toContain('pay.multiplied_pay');
  });

  it('rates a short ad for hostesses of a narrow profile from certain countries high', () => {
    const verdict = score('Hostess wanted: female only, aged 20-35, applicants from certain countries');
    expect(verdict.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['destination.foreign_recruits', 'role.model_translator', 'low_requirements.narrow_profile']),
    );
    expect(verdict.level).toBe('high');
  });

  it('rates call-centre jobs offered to foreigners high in a short post', () => {
    expect(score('Call centre jobs for English-speaking foreigners, message us').level).toBe('high');
  });

  it.each([
    ['vi', 'Tuyển nữ 18-24 tuổi làm tiếp viên ở nước ngoài'],
    ['es', 'Buscamos chicas de 19 a 26 años, trabajo de anfitriona en el extranjero'],
    ['ru', 'Требуются девушки 18-26 лет, работа хостес за границей'],
  ])('rates a short ad for young women as hostesses abroad high (%s)', (_lang, text) => {
    expect(ids(text)).toContain('low_requirements.narrow_profile');
    expect(score(text).level).toBe('high');
  });

  it('rates a job on digital platforms in (Southeast) Asia paid in dollars high', () => {
    expect(score('Empleos en plataformas digitales en Asia, salario en dólares').level).toBe('high');
    expect(score('Online platform jobs in Southeast Asia, USD 1,100 a month').level).toBe('high');
  });

  it('rates an outsized figure for work that needs only typing high in a message, medium at most in a long ad', () => {
    expect(score('Lương gấp 3 lần trong nước, việc nhẹ, chỉ cần biết đánh máy').level).toBe('high');
    expect(score(asLongAd('Gaji Rp 9 juta per bulan, cukup bisa komputer.')).level).not.toBe('high');
  });

  it('does not warn about a short ad with "attractive salary" and "start immediately" alone', () => {
    expect(['none', 'low']).toContain(score('Sales assistant, attractive salary, can start immediately').level);
  });

  it('reads a short offer of game promotion with commission and free board as high (a casino front, UNODC)', () => {
    expect(score('游戏推广，高额提成，包吃包住').level).toBe('high');
    expect(score('游戏推广，包吃包住').level).not.toBe('high');
    expect(score('Game promotion staff wanted in Manila. Get players to top up: $900 + commission, housing free.').level).toBe('high');
    expect(score('Game promoter, housing free').level).not.toBe('high');
  });
});

describe('being told to pass immigration as a tourist', () => {
  it('rates a message that says to claim a holiday at immigration and leave the passport with the driver high', () => {
    const verdict = score("Congrats, you got the job! Fly out on Sunday. At the airport say you're on holiday, don't mention work. Our driver will keep your passport when you arrive.");
    expect(verdict.level).toBe('high');
    expect(verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['irregular_travel.pose_as_tourist', 'document_request.passport_held']));
    expect(verdict.reasons).toContain('combo.irregular_travel+secrecy');
  });

  it('rates the same in Vietnamese: say it is a trip, do not tell your parents', () => {
    const verdict = score('Mai em đi luôn, qua cửa khẩu thì nói là đi chơi, đừng kể bố mẹ nhé.');
    expect(verdict.level).toBe('high');
    expect(verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['irregular_travel.pose_as_tourist', 'urgency_secrecy.secrecy']));
  });

  it('does not read a passport kept by its holder, or a warning about employers keeping it, as the recruiter holding it', () => {
    expect(ids('We never keep your passport; it stays with you. Bring it to the embassy for your work visa.')).not.toContain('document_request.passport_held');
    expect(ids('Employers must not hold your passport. Report any who do to the labour office.')).not.toContain('document_request.passport_held');
    expect(score('Tour guide wanted: you will travel with tour groups around Da Lat. Salary 12 triệu.').level).not.toBe('high');
  });
});

describe('pay converted into a second currency', () => {
  it('pairs a figure with its conversion and measures it against the reader\'s market', () => {
    const fields = [{ field: 'body' as const, text: 'Paid 850 Chinese yuan a day (about 4,000 baht).' }];
    const salaries = collectSalaries(fields);
    expect(salaries.map((s) => s.glossCurrency)).toEqual(['THB', 'CNY']);
    expect(findOutsizedPay(salaries).abroad?.evidence[0]?.text).toContain('850 Chinese yuan');
    expect(findForeignCurrencyPay(salaries, 'en')?.evidence).toHaveLength(2);
    expect(score(fields[0]!.text).level).toBe('high');
  });

  it('does not pair figures that are not a conversion, nor call the same pay outsized alone', () => {
    const apart = collectSalaries([{ field: 'body', text: 'Day shift 850 Chinese yuan a day; the hostel costs 4,000 baht a month.' }]);
    expect(apart.every((s) => s.glossCurrency === undefined)).toBe(true);
    expect(findOutsizedPay(collectSalaries([{ field: 'body', text: 'Paid 850 Chinese yuan a day.' }]))).toEqual({ abroad: undefined, atHome: undefined });
  });
});

describe('local currencies written with a dollar sign', () => {
  it('reads a bare "$" in Spanish or Portuguese as the local currency, a named dollar as US dollars', () => {
    const brazil = score('Vaga de atendente de telemarketing em São Paulo, salário R$1.800, sem experiência');
    expect(brazil.languages[0]).toBe('pt');
    expect(brazil.signals.map((s) => s.id)).not.toContain('pay.outsized_salary');
    expect(['none', 'low']).toContain(brazil.level);
    expect(ids('Teleoperador en Ciudad de México, sueldo $15.000 al mes')).not.toContain('pay.outsized_salary');
    expect(ids('Trabajo en Camboya, sueldo de 1.500 dólares al mes')).toContain('pay.outsized_salary');
  });

  it('does not take Portuguese or French letters with a circumflex for Vietnamese', () => {
    expect(score('Experiência em atendimento, três anos').languages[0]).not.toBe('vi');
    expect(score('Tuyển nhân viên, lương cao').languages[0]).toBe('vi');
  });
});
