import { nextQuarter, previousQuarter, quarterEnd, quarterKey, quarterLabel, quarterOf, quarterStart } from './quarter';

describe('quarters', () => {
  it('finds the quarter of a date and its first and last days', () => {
    expect(quarterOf('2023-03-31')).toEqual({ year: 2023, quarter: 1 });
    expect(quarterOf('2023-04-01')).toEqual({ year: 2023, quarter: 2 });
    expect(quarterOf('2023-12-31')).toEqual({ year: 2023, quarter: 4 });
    expect(quarterStart({ year: 2023, quarter: 3 })).toBe('2023-07-01');
    expect(quarterEnd({ year: 2023, quarter: 1 })).toBe('2023-03-31');
    expect(quarterEnd({ year: 2023, quarter: 2 })).toBe('2023-06-30');
    expect(quarterEnd({ year: 2024, quarter: 4 })).toBe('2024-12-31');
  });

  it('steps across years and names quarters the Vietnamese way', () => {
    expect(nextQuarter({ year: 2022, quarter: 4 })).toEqual({ year: 2023, quarter: 1 });
    expect(previousQuarter({ year: 2023, quarter: 1 })).toEqual({ year: 2022, quarter: 4 });
    expect(quarterKey({ year: 2023, quarter: 2 })).toBe(20232);
    expect(quarterLabel({ year: 2023, quarter: 1 })).toBe('Quý I/2023');
    expect(quarterLabel({ year: 2023, quarter: 4 })).toBe('Quý IV/2023');
  });
});
