import { compareEventIds, fresher, latestEventId } from './event-ids';

const snapshot = (name: string, ...ids: string[]) => ({ name, timeline: ids.map((id) => ({ id })) });

test('event ids compare as numbers, not as text', () => {
  expect(compareEventIds('9', '10')).toBeLessThan(0);
  expect(compareEventIds('120', '12')).toBeGreaterThan(0);
  expect(compareEventIds('77', '77')).toBe(0);
});

test('the latest event of a timeline', () => {
  expect(latestEventId([{ id: '8' }, { id: '12' }, { id: '9' }])).toBe('12');
  expect(latestEventId([])).toBeNull();
});

test('the snapshot that has seen the later event is fresher; a tie keeps the first', () => {
  const older = snapshot('older', '5', '9');
  const newer = snapshot('newer', '5', '9', '10');
  expect(fresher(older, newer)).toBe(newer);
  expect(fresher(newer, older)).toBe(newer);
  expect(fresher(older, snapshot('same', '5', '9'))).toBe(older);
  expect(fresher(undefined, older)).toBe(older);
  expect(fresher(older, null)).toBe(older);
});
