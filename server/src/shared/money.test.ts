import { Kind } from 'graphql';
import { MoneyScalar, sumMoney } from './money';

describe('Money', () => {
  it('round-trips amounts above 2^53 exactly', () => {
    const big = '9007199254740993'; // 2^53 + 1: a float would silently become ...992
    const parsed = MoneyScalar.parseValue(big) as bigint;
    expect(parsed).toBe(9007199254740993n);
    expect(MoneyScalar.serialize(parsed)).toBe(big);
    expect(MoneyScalar.parseLiteral({ kind: Kind.STRING, value: big })).toBe(9007199254740993n);
  });

  it('refuses floats, negatives, unsafe numbers and junk', () => {
    for (const bad of ['1.5', '-1', '1e9', '', ' 12', '1234567890123456789', 1.5, -3, 2 ** 53 + 2, null, {}]) {
      expect(() => MoneyScalar.parseValue(bad)).toThrow();
    }
    expect(MoneyScalar.parseValue(1_250_000_000)).toBe(1_250_000_000n);
  });

  it('adds without rounding', () => {
    expect(sumMoney([9007199254740993n, 1n, 1_250_000_000n])).toBe(9007200504740994n);
  });
});
