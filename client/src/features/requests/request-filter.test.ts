import { boxesFor, readListParams, toRequestFilter, writeListParams } from './request-filter';

const LOCALITY_BOXES = boxesFor(false);

test('only the Committee gets the "all" box', () => {
  expect(boxesFor(true)).toEqual(['INBOX', 'OUTBOX', 'ALL']);
  expect(LOCALITY_BOXES).toEqual(['INBOX', 'OUTBOX']);
});

test('reads the address, ignoring values the client does not know or may not use', () => {
  const params = readListParams(
    new URLSearchParams('box=ALL&status=NOPE&domain=LAND&overdue=1&q=dat%20dai&sort=DUE_DATE'),
    LOCALITY_BOXES,
  );
  expect(params).toEqual({
    box: 'INBOX',
    status: null,
    domain: 'LAND',
    overdueOnly: true,
    search: 'dat dai',
    sort: 'DUE_DATE',
  });
});

test('writes only what differs from the defaults, and round-trips', () => {
  const defaults = readListParams(new URLSearchParams(), LOCALITY_BOXES);
  expect(writeListParams(defaults).toString()).toBe('');

  const chosen = { ...defaults, box: 'OUTBOX' as const, status: 'RESPONDED' as const, search: ' khoáng sản ' };
  const written = writeListParams(chosen);
  expect(written.toString()).toBe('box=OUTBOX&status=RESPONDED&q=kho%C3%A1ng+s%E1%BA%A3n');
  expect(readListParams(written, LOCALITY_BOXES)).toEqual({ ...chosen, search: 'khoáng sản' });
});

test('becomes the API filter', () => {
  const params = readListParams(new URLSearchParams('status=IN_PROGRESS&overdue=1&q=%20PH-2026%20'), LOCALITY_BOXES);
  expect(toRequestFilter(params)).toEqual({
    box: 'INBOX',
    statuses: ['IN_PROGRESS'],
    overdue: true,
    search: 'PH-2026',
  });
  expect(toRequestFilter(readListParams(new URLSearchParams(), LOCALITY_BOXES))).toEqual({ box: 'INBOX' });
});
