// An employer's name that holds a back-office trade is not the role on offer.
import { describe, expect, it } from 'vitest';
import { score } from '../../../lib/engine';
import { isCompanyLine } from '../../../lib/engine/company-line';

const roleSignals = (text: string) => score({ body: text }).signals.filter((s) => s.category === 'role');

describe('company lines', () => {
  it.each([
    ['Bright Call Center Solutions Inc.', true],
    ['Harbor Customer Service Ltd', true],
    ['Delta Data Entry Co., Ltd.', true],
    ['Sunrise Outsourcing Sdn Bhd', true],
    ['星海客服外包有限公司', true],
    ['บริษัท ซันไรส์ คอลเซ็นเตอร์ จำกัด', true],
    ['Customer service agent needed in Sihanoukville, free flight', false],
    ['We are a call center', false],
    ['', false],
  ])('%s -> %s', (line, expected) => {
    expect(isCompanyLine(line)).toBe(expected);
  });

  it('does not read the trade in the employer name as the job', () => {
    const card = 'Registered Nurse, Utilization Review\nBright Call Center Solutions Inc.\nPasig City\nSalary: PHP 60000\nFull time';
    expect(roleSignals(card)).toEqual([]);
    expect(score({ body: card }).level).not.toBe('high');
    expect(score({ title: 'Registered Nurse', company: 'Bright Call Center Solutions', body: 'Salary PHP 60,000' }).signals.some((s) => s.category === 'role')).toBe(false);
  });

  it('still reads the same trade when it is the job', () => {
    const card = 'Call Center Agent\nBright Outsourcing Inc.\nPasig City\nSalary: PHP 60000';
    expect(roleSignals(card).map((s) => s.evidence[0]!.text)).toEqual(['Call Center']);
  });
});
