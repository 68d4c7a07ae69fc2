import { groupBy } from './group-by';

describe('groupBy', () => {
  it('groups in order and can map the values', () => {
    const rows = [
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
      { k: 'a', v: 3 },
    ];
    expect(groupBy(rows, (r) => r.k)).toEqual(
      new Map([
        ['a', [rows[0], rows[2]]],
        ['b', [rows[1]]],
      ]),
    );
    expect(
      groupBy(
        rows,
        (r) => r.k,
        (r) => r.v,
      ),
    ).toEqual(
      new Map([
        ['a', [1, 3]],
        ['b', [2]],
      ]),
    );
  });
});
