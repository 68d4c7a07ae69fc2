import { isCalendarDate, provinceDate, provinceYear, vietnameseDate } from './clock';

describe('province clock', () => {
  it('uses Vietnamese calendar days (UTC+7)', () => {
    expect(provinceDate(new Date('2023-03-30T16:59:59Z'))).toBe('2023-03-30');
    expect(provinceDate(new Date('2023-03-30T17:00:00Z'))).toBe('2023-03-31');
    expect(provinceYear(new Date('2023-12-31T17:30:00Z'))).toBe(2024);
  });

  it('writes dates the Vietnamese way', () => {
    expect(vietnameseDate('2023-03-30')).toBe('30/03/2023');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2023-13-01', '30/03/2023', '2023-3-30', ''])
      expect(isCalendarDate(bad)).toBe(false);
  });
});
