import { isCalendarDate } from '../../shared/clock';
import { fieldError, invalidInput } from '../../shared/errors';
import { message } from '../../shared/messages';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

/** A calendar quarter (quý) of the province's year: the period tasks are assigned and counted in. */
export interface Quarter {
  year: number;
  quarter: number;
}

@ObjectType('Quarter')
export class QuarterView implements Quarter {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1–4' })
  quarter!: number;
}

@InputType()
export class QuarterInput implements Quarter {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1–4' })
  quarter!: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const isQuarter = (q: Quarter): boolean =>
  Number.isInteger(q.year) &&
  q.year >= 2000 &&
  q.year <= 2100 &&
  Number.isInteger(q.quarter) &&
  q.quarter >= 1 &&
  q.quarter <= 4;

/** The quarter a YYYY-MM-DD date falls in. */
export function quarterOf(isoDate: string): Quarter {
  return { year: Number(isoDate.slice(0, 4)), quarter: Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1 };
}

export const quarterStart = ({ year, quarter }: Quarter): string => `${year}-${pad(quarter * 3 - 2)}-01`;

export function quarterEnd({ year, quarter }: Quarter): string {
  const lastMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${pad(lastMonth)}-${pad(lastDay)}`;
}

export const nextQuarter = ({ year, quarter }: Quarter): Quarter =>
  quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };

export const previousQuarter = ({ year, quarter }: Quarter): Quarter =>
  quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };

/** Sortable single number, e.g. 20231 for Q1/2023. */
export const quarterKey = ({ year, quarter }: Quarter): number => year * 10 + quarter;

/** "Quý I/2023" — how Vietnamese reports name a quarter. */
export const quarterLabel = ({ year, quarter }: Quarter): string =>
  `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${year}`;

/** A valid quarter from client input, or BAD_USER_INPUT on `period`. */
export function checkQuarter(period: Quarter): Quarter {
  if (!isQuarter(period)) throw invalidInput([fieldError('period', 'INVALID_FORMAT', message('quarter.invalid'))]);
  return { year: period.year, quarter: period.quarter };
}

/** The "as of" date for statistics and groups: the given day, or today. */
export function checkAsOf(asOf: string | null | undefined, today: () => string): string {
  if (asOf == null) return today();
  if (!isCalendarDate(asOf)) throw invalidInput([fieldError('asOf', 'INVALID_FORMAT', message('quarter.asOfInvalid'))]);
  // numbers "as of" a day to come would be a forecast presented as fact
  if (asOf > today()) throw invalidInput([fieldError('asOf', 'INVALID_FORMAT', message('quarter.asOfInFuture'))]);
  return asOf;
}
