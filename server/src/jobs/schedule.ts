/**
 * A crontab pattern for "every `minutes` minutes", on the clock (so every replica agrees on the
 * ticks): 1–59 minutes as minutes of the hour (`*\/10`: :00, :10, …; a number that does not
 * divide 60 restarts at each hour), whole hours up to a day as hours of the day.
 */
export function everyMinutes(minutes: number, name: string): string {
  if (Number.isInteger(minutes) && minutes >= 1 && minutes < 60) return `*/${minutes} * * * *`;
  if (Number.isInteger(minutes) && minutes % 60 === 0 && minutes >= 60 && minutes <= 1440) {
    return minutes === 1440 ? '0 0 * * *' : `0 */${minutes / 60} * * *`;
  }
  throw new Error(`${name} must be 1–59 minutes or whole hours up to 1440, got ${minutes}`);
}
