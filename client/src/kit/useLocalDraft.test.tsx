import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { clearLocalDrafts, DRAFT_LIFETIME_MS, useLocalDraft, type DraftKey } from './useLocalDraft';

interface Values {
  title: string;
  newPassword?: string;
}

const EMPTY: Values = { title: '' };
const key: DraftKey = { owner: 'u-1', form: 'request' };

/** A form's values with their local draft, as useForm holds them. */
function useDraftedForm(draftKey: DraftKey | undefined, initial: Values = EMPTY) {
  const [values, setValues] = useState(initial);
  const draft = useLocalDraft(draftKey, values, initial, setValues);
  return { values, setValues, draft };
}

const stored = () => Object.keys(localStorage).filter((name) => name.startsWith('lien-thong.draft.'));

beforeEach(() => {
  localStorage.clear();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

test('the typing is written half a second after the last change and offered back when the form opens again', () => {
  const first = renderHook(() => useDraftedForm(key));
  act(() => first.result.current.setValues({ title: 'Rà soát' }));
  act(() => jest.advanceTimersByTime(400));
  expect(stored()).toEqual([]);
  act(() => jest.advanceTimersByTime(100));
  expect(stored()).toEqual(['lien-thong.draft.u-1.request.new']);
  first.unmount();

  const second = renderHook(() => useDraftedForm(key));
  expect(second.result.current.draft.offer).toMatchObject({ values: { title: 'Rà soát' }, olderVersion: false });
  expect(second.result.current.values).toEqual(EMPTY); // nothing changes until the user chooses
  act(() => second.result.current.draft.restore());
  expect(second.result.current.values).toEqual({ title: 'Rà soát' });
  expect(second.result.current.draft.offer).toBeNull();
  expect(second.result.current.draft.dirty).toBe(true);
});

test('leaving within the half second still keeps the typing; opening and leaving untouched keeps a found draft', () => {
  const typed = renderHook(() => useDraftedForm(key));
  act(() => typed.result.current.setValues({ title: 'Vừa gõ' }));
  typed.unmount();

  const untouched = renderHook(() => useDraftedForm(key));
  untouched.unmount();
  act(() => jest.runAllTimers());

  expect(renderHook(() => useDraftedForm(key)).result.current.draft.offer?.values).toEqual({ title: 'Vừa gõ' });
});

test('"Bỏ" removes the draft; drafts are per user and per record', () => {
  const mine = renderHook(() => useDraftedForm(key));
  act(() => mine.result.current.setValues({ title: 'Của tôi' }));
  mine.unmount();

  expect(renderHook(() => useDraftedForm({ ...key, owner: 'u-2' })).result.current.draft.offer).toBeNull();
  expect(
    renderHook(() => useDraftedForm({ ...key, recordId: 'r-1', version: 1 })).result.current.draft.offer,
  ).toBeNull();

  const again = renderHook(() => useDraftedForm(key));
  act(() => again.result.current.draft.restore());
  act(() => again.result.current.draft.forget()); // "Hủy" on a panel: restored, then thrown away
  expect(again.result.current.draft.offer).toBeNull();
  again.unmount();
  expect(stored()).toEqual([]); // leaving right after does not write it back
});

test('a draft typed over an older version of the record is offered with a warning', () => {
  const atVersion3 = renderHook(() => useDraftedForm({ ...key, recordId: 'r-1', version: 3 }, { title: 'Cũ' }));
  act(() => atVersion3.result.current.setValues({ title: 'Sửa dở' }));
  atVersion3.unmount();

  const same = renderHook(() => useDraftedForm({ ...key, recordId: 'r-1', version: 3 }, { title: 'Cũ' }));
  expect(same.result.current.draft.offer).toMatchObject({ values: { title: 'Sửa dở' }, olderVersion: false });
  same.unmount();
  const newer = renderHook(() => useDraftedForm({ ...key, recordId: 'r-1', version: 4 }, { title: 'Mới' }));
  expect(newer.result.current.draft.offer).toMatchObject({ values: { title: 'Sửa dở' }, olderVersion: true });
});

test('a saved form leaves no draft, also when the page moves on while the save runs; a refused save keeps it', () => {
  const form = renderHook(() => useDraftedForm(key));
  act(() => form.result.current.setValues({ title: 'Gửi đi' }));
  act(() => form.result.current.draft.holdForSave());
  act(() => form.result.current.draft.release()); // refused by the server
  expect(stored()).toHaveLength(1);

  act(() => form.result.current.draft.holdForSave());
  form.unmount(); // the page navigates before the save resolves
  act(() => form.result.current.draft.clear());
  expect(stored()).toEqual([]);
});

test('typing back to the starting values removes the draft', () => {
  const form = renderHook(() => useDraftedForm(key));
  act(() => form.result.current.setValues({ title: 'x' }));
  act(() => jest.runAllTimers());
  act(() => form.result.current.setValues(EMPTY));
  act(() => jest.runAllTimers());
  expect(stored()).toEqual([]);
  expect(form.result.current.draft.dirty).toBe(false);
});

test('passwords are never stored; nothing is kept without a key', () => {
  const form = renderHook(() => useDraftedForm(key));
  act(() => form.result.current.setValues({ title: 'Đổi mật khẩu', newPassword: 'bí mật' }));
  act(() => jest.runAllTimers());
  expect(localStorage.getItem('lien-thong.draft.u-1.request.new')).not.toContain('bí mật');

  localStorage.clear();
  const keyless = renderHook(() => useDraftedForm(undefined));
  act(() => keyless.result.current.setValues({ title: 'x' }));
  keyless.unmount();
  expect(localStorage.length).toBe(0);
  expect(keyless.result.current.draft.dirty).toBe(false);
});

test('drafts expire after a week; sign-out removes them all and leaves other settings', () => {
  localStorage.setItem('lien-thong.locale', 'en');
  const weekOld = new Date(Date.now() - DRAFT_LIFETIME_MS - 1000).toISOString();
  localStorage.setItem(
    'lien-thong.draft.u-1.request.new',
    JSON.stringify({ savedAt: weekOld, values: { title: 'x' } }),
  );
  localStorage.setItem('lien-thong.draft.u-9.task.new', JSON.stringify({ savedAt: weekOld, values: { title: 'y' } }));
  localStorage.setItem('lien-thong.draft.u-1.proposal.new', '{not json');

  expect(renderHook(() => useDraftedForm(key)).result.current.draft.offer).toBeNull();
  expect(stored()).toEqual([]); // every expired or unreadable draft is swept, not only this form's

  localStorage.setItem(
    'lien-thong.draft.u-1.request.new',
    JSON.stringify({ savedAt: new Date().toISOString(), values: {} }),
  );
  const onScreen = renderHook(() => useDraftedForm(key));
  act(() => onScreen.result.current.setValues({ title: 'Đang gõ' }));
  act(() => onScreen.result.current.setValues({ title: 'Đang gõ tiếp' }));
  clearLocalDrafts();
  onScreen.unmount(); // the sign-out moves to the login page: the form goes, and writes nothing back
  act(() => jest.runAllTimers());
  expect(stored()).toEqual([]);
  expect(localStorage.getItem('lien-thong.locale')).toBe('en');
});

test('a form that stays after its save (a comment box) drafts and guards what is typed next', () => {
  const box = renderHook(() => useDraftedForm(key));
  act(() => box.result.current.setValues({ title: 'Ý kiến 1' }));
  act(() => box.result.current.draft.holdForSave());
  act(() => box.result.current.draft.clear());
  act(() => box.result.current.setValues(EMPTY));
  act(() => jest.runAllTimers());
  expect(stored()).toEqual([]);
  expect(box.result.current.draft.dirty).toBe(false);

  act(() => box.result.current.setValues({ title: 'Ý kiến 2' }));
  expect(box.result.current.draft.dirty).toBe(true);
  act(() => jest.runAllTimers());
  expect(stored()).toHaveLength(1);
});

test('"Bỏ" after typing over the offer drops only the old draft: the new typing stays drafted', () => {
  const old = renderHook(() => useDraftedForm(key));
  act(() => old.result.current.setValues({ title: 'Cũ' }));
  old.unmount();

  const form = renderHook(() => useDraftedForm(key));
  act(() => form.result.current.setValues({ title: 'Mới' }));
  act(() => form.result.current.draft.discard());
  form.unmount();
  expect(renderHook(() => useDraftedForm(key)).result.current.draft.offer?.values).toEqual({ title: 'Mới' });
});
