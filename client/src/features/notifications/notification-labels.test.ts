import { badgeText, notificationKindLabel, notificationPath } from './notification-labels';

test('every known kind has its own label; an unknown one falls back', () => {
  expect(notificationKindLabel('REQUEST_REPLIED')).toBe('notificationKind.REQUEST_REPLIED');
  expect(notificationKindLabel('REQUEST_OVERDUE')).toBe('notificationKind.REQUEST_OVERDUE');
  expect(notificationKindLabel('PROPOSAL_DECIDED')).toBe('notificationKind.PROPOSAL_DECIDED');
  expect(notificationKindLabel('TASK_ASSIGNED')).toBe('notificationKind.TASK_ASSIGNED');
  expect(notificationKindLabel('TASKS_CARRIED_OVER')).toBe('notificationKind.TASKS_CARRIED_OVER');
  expect(notificationKindLabel('CONCLUSION_PUBLISHED')).toBe('notificationKind.CONCLUSION_PUBLISHED');
  expect(notificationKindLabel('SOMETHING_NEW')).toBe('notificationKind.OTHER');
});

test('the badge caps at 99+', () => {
  expect(badgeText(1)).toBe('1');
  expect(badgeText(99)).toBe('99');
  expect(badgeText(100)).toBe('99+');
});

test('request, proposal, decision, task and meeting notifications link to their pages; other subjects have no page', () => {
  expect(notificationPath({ subjectType: 'REQUEST', subjectId: 'r-1' })).toBe('/requests/r-1');
  expect(notificationPath({ subjectType: 'PROPOSAL', subjectId: 'p-1' })).toBe('/proposals/p-1');
  expect(notificationPath({ subjectType: 'DECISION', subjectId: 'd-1' })).toBe('/decisions/d-1');
  expect(notificationPath({ subjectType: 'TASK', subjectId: 't-1' })).toBe('/tasks/t-1');
  expect(notificationPath({ subjectType: 'MEETING', subjectId: 'm-1' })).toBe('/meetings/m-1');
  expect(notificationPath({ subjectType: 'AGENCY', subjectId: 'a-1' })).toBeNull();
});
