import { parseDateText } from './date-text';

test.each([
  ['25/12/2026', '2026-12-25'],
  ['5/1/2026', '2026-01-05'],
  ['05.01.2026', '2026-01-05'],
  ['05-01-2026', '2026-01-05'],
  [' 5 / 1 / 2026 ', '2026-01-05'],
  ['25122026', '2026-12-25'],
  ['29/02/2028', '2028-02-29'],
  ['', ''],
  ['   ', ''],
])('"%s" is the day %s (day first, whatever the browser)', (text, iso) => {
  expect(parseDateText(text)).toEqual({ iso });
});

test.each(['12/25', '2026-12-25', '25/12/26', 'hôm nay', '1/2/3/2026', '2512202'])(
  '"%s" is not written as dd/MM/yyyy',
  (text) => {
    expect(parseDateText(text)).toEqual({ problem: 'format' });
  },
);

test.each(['31/02/2026', '29/02/2027', '00/01/2026', '12/13/2026', '32/01/2026', '01/01/0099'])(
  '"%s" is no day of the calendar',
  (text) => {
    expect(parseDateText(text)).toEqual({ problem: 'noSuchDay' });
  },
);

test('an American-ordered date is read day first, and refused when there is no such day', () => {
  expect(parseDateText('03/04/2026')).toEqual({ iso: '2026-04-03' }); // 3 April, not March 4
  expect(parseDateText('12/25/2026')).toEqual({ problem: 'noSuchDay' });
});
