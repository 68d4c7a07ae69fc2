import { parsePercent, taskActionErrorsFrom, validateProgress, validateText } from './task-actions';

test('a progress percent is a whole number from 0 to 100', () => {
  expect(parsePercent('0')).toBe(0);
  expect(parsePercent(' 75 ')).toBe(75);
  expect(parsePercent('100')).toBe(100);
  expect(parsePercent('101')).toBeNull();
  expect(parsePercent('60.5')).toBeNull();
  expect(parsePercent('-1')).toBeNull();
  expect(parsePercent('')).toBeNull();
});

test('a progress report needs a valid percent and a note', () => {
  expect(validateProgress('80', 'Đã xong 4/5 hạng mục')).toEqual({});
  expect(validateProgress('120', '  ')).toEqual({ percent: 'taskAction.percentInvalid', note: 'action.textRequired' });
  expect(validateText('', 'reason')).toEqual({ reason: 'action.textRequired' });
  expect(validateText('Lý do', 'note')).toEqual({});
});

test('server field errors land on their input; anything else is one message above the panel', () => {
  expect(
    taskActionErrorsFrom('BAD_USER_INPUT', { percent: { code: 'INVALID_FORMAT' }, note: { code: 'TOO_LONG' } }),
  ).toEqual({
    percent: 'taskAction.percentInvalid',
    note: 'field.TOO_LONG',
  });
  expect(taskActionErrorsFrom('BAD_USER_INPUT', { requestIds: { code: 'NOT_FOUND' } })).toEqual({
    requestIds: 'taskAction.linkNotFound',
  });
  expect(taskActionErrorsFrom('BAD_USER_INPUT', { somethingElse: { code: 'REQUIRED' } })).toEqual({
    form: 'error.BAD_USER_INPUT',
  });
  expect(taskActionErrorsFrom('CONFLICT', {})).toEqual({ form: 'error.CONFLICT' });
});
