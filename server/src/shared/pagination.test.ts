import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize, toPage } from './pagination';

describe('keyset pagination helpers', () => {
  it('round-trips cursors and rejects foreign ones', () => {
    const cursor = encodeCursor(['STNMT', 3]);
    expect(decodeCursor(cursor, 2)).toEqual(['STNMT', 3]);
    expect(() => decodeCursor(cursor, 1)).toThrow('Dữ liệu nhập không hợp lệ.');
    expect(() => decodeCursor('%%%', 1)).toThrow();
  });

  it('caps the page size', () => {
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    for (const bad of [0, -1, MAX_PAGE_SIZE + 1, 2.5]) expect(() => pageSize(bad)).toThrow();
  });

  it('uses the extra row only to say there is a next page', () => {
    const page = toPage(['a', 'b', 'c'], 2, (row) => encodeCursor([row]));
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(toPage([], 2, (row: string) => row).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
