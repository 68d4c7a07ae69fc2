import { formatVnd, MAX_MONEY, parseMoneyInput, sumMoney } from './format';
import { formatClockTime, formatDateTime, formatLocalDate, provinceToday } from './format';

test('local dates are written dd/mm/yyyy without any time-zone shift', () => {
  expect(formatLocalDate('2026-04-30')).toBe('30/04/2026');
  expect(formatLocalDate('not a date')).toBe('not a date');
});

test('instants are shown in province time (UTC+7)', () => {
  expect(formatDateTime('2026-04-30T17:05:00Z')).toBe('00:05 01/05/2026');
  expect(formatDateTime('2026-01-02T03:04:00.000Z')).toBe('10:04 02/01/2026');
});

test('a time of day is shown with seconds in province time', () => {
  expect(formatClockTime(new Date('2026-04-30T17:05:09Z'))).toBe('00:05:09');
});

test('today is the province’s calendar day, not UTC’s', () => {
  expect(provinceToday(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-01');
});

test('money is grouped Vietnamese-style on the exact digit string, past 2^53', () => {
  expect(formatVnd('1250000000')).toBe('1.250.000.000 ₫');
  expect(formatVnd('9007199254740993')).toBe('9.007.199.254.740.993 ₫');
  expect(formatVnd('0')).toBe('0 ₫');
  expect(formatVnd('999')).toBe('999 ₫');
  expect(formatVnd('1000')).toBe('1.000 ₫');
});

test('typed money keeps digits only and sums exactly with BigInt', () => {
  expect(parseMoneyInput('1.250.000 000')).toEqual({ digits: '1250000000' });
  expect(parseMoneyInput('12a')).toEqual({ refused: 'money.notDigits' });
  expect(sumMoney(['9007199254740993', '1', '', null])).toBe('9007199254740994');
});

test('money input: a pasted "1.250.000.000 ₫" is accepted; negatives, exponents and more than the server allows are refused, not rewritten', () => {
  expect(parseMoneyInput('1.250.000.000 ₫')).toEqual({ digits: '1250000000' });
  expect(parseMoneyInput('1.250.000.000đ')).toEqual({ digits: '1250000000' });
  expect(parseMoneyInput('')).toEqual({ digits: '' });
  expect(parseMoneyInput('-5000000')).toEqual({ refused: 'money.notDigits' });
  expect(parseMoneyInput('1e9')).toEqual({ refused: 'money.notDigits' });
  expect(parseMoneyInput('1,5')).toEqual({ refused: 'money.notDigits' });
  expect(parseMoneyInput(MAX_MONEY)).toEqual({ digits: MAX_MONEY });
  expect(parseMoneyInput('10000000000000001')).toEqual({ refused: 'money.tooLarge' });
  expect(parseMoneyInput('9'.repeat(30))).toEqual({ refused: 'money.tooLarge' });
});
