import { everyMinutes } from './schedule';

describe('everyMinutes', () => {
  it('writes minutes of the hour, whole hours of the day, and a day', () => {
    expect(everyMinutes(1, 'X')).toBe('*/1 * * * *');
    expect(everyMinutes(10, 'X')).toBe('*/10 * * * *');
    expect(everyMinutes(59, 'X')).toBe('*/59 * * * *');
    expect(everyMinutes(60, 'X')).toBe('0 */1 * * *');
    expect(everyMinutes(360, 'X')).toBe('0 */6 * * *');
    expect(everyMinutes(1440, 'X')).toBe('0 0 * * *');
  });

  it('refuses what a crontab cannot say, naming the setting', () => {
    for (const minutes of [0, -5, 1.5, 90, 1500]) {
      expect(() => everyMinutes(minutes, 'DEADLINE_SWEEP_MINUTES')).toThrow(/^DEADLINE_SWEEP_MINUTES must be/);
    }
  });
});
