import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Up to 18 digits: fits PostgreSQL bigint, and far above any provincial budget line. */
const DIGITS = /^\d{1,18}$/;

function parseMoney(value: unknown): bigint {
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  throw new GraphQLError('Money is a whole number of đồng written as a string of digits, e.g. "1250000000".', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Vietnamese đồng, exact: a bigint inside the server, a string of digits on the wire and a bigint
 * column in PostgreSQL. No float ever holds an amount.
 */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description: 'An exact amount of Vietnamese đồng (VND) as a string of digits, e.g. "1250000000"',
  serialize(value) {
    if (typeof value === 'bigint' && value >= 0n) return value.toString();
    if (typeof value === 'string' && DIGITS.test(value)) return value;
    throw new TypeError(`not a Money value: ${String(value)}`);
  },
  parseValue: parseMoney,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseMoney(ast.value);
    throw new GraphQLError('Money must be a string of digits.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

export const sumMoney = (amounts: Iterable<bigint>): bigint => {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
};
