import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nProvider } from '../i18n';
import { DateField } from './DateField';

/** A form holding the ISO value, as useForm does, showing what it would send. */
function Form({ initial = '', min, max, error }: { initial?: string; min?: string; max?: string; error?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nProvider>
      <DateField
        id="due"
        label="Hạn xử lý"
        value={value}
        onChange={(change) => setValue(change.currentTarget.value)}
        min={min}
        max={max}
        error={error}
      />
      <output data-testid="sent">{value}</output>
      <button type="button" onClick={() => setValue('2027-03-01')}>
        restore
      </button>
    </I18nProvider>
  );
}

const input = () => screen.getByLabelText<HTMLInputElement>('Hạn xử lý');
const sent = () => screen.getByTestId('sent').textContent;
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });
const problem = () => document.getElementById('due-error')?.textContent ?? null;

beforeEach(() => localStorage.clear());

test('shows the ISO value as dd/MM/yyyy in a text field, never the locale-bound date input', () => {
  render(<Form initial="2026-04-30" />);
  expect(input().type).toBe('text');
  expect(input().value).toBe('30/04/2026');
  expect(input().getAttribute('placeholder')).toBe('dd/mm/yyyy');
  expect(input().getAttribute('aria-describedby')).toBe('due-hint');
  expect(document.getElementById('due-hint')?.textContent).toMatch(/^Ngày\/tháng\/năm, ví dụ \d{2}\/\d{2}\/\d{4}$/);
});

test('typed day first, it sends the ISO date; leaving the field writes it out in full', () => {
  render(<Form />);
  type('5/1/2027');
  expect(sent()).toBe('2027-01-05');
  expect(input().value).toBe('5/1/2027'); // as typed while typing
  fireEvent.blur(input());
  expect(input().value).toBe('05/01/2027');
  expect(problem()).toBeNull();
});

test('text that is not a date sends nothing and says why once the user leaves the field, kept as typed', () => {
  render(<Form initial="2026-04-30" />);
  type('31/02/2027');
  expect(sent()).toBe('');
  expect(problem()).toBeNull(); // not while typing
  fireEvent.blur(input());
  expect(input().value).toBe('31/02/2027');
  expect(problem()).toBe('Không có ngày này trong lịch.');
  expect(input().getAttribute('aria-invalid')).toBe('true');
  expect(input().getAttribute('aria-describedby')).toBe('due-hint due-error');

  type('2027-02-03');
  fireEvent.blur(input());
  expect(problem()).toMatch(/^Ngày chưa đúng dạng ngày\/tháng\/năm \(dd\/mm\/yyyy\)/);

  type('03/02/2027');
  expect(sent()).toBe('2027-02-03');
  expect(problem()).toBeNull();
});

test('a date before min or after max is sent, and refused in words', () => {
  const { unmount } = render(<Form min="2027-01-10" />);
  type('09/01/2027');
  fireEvent.blur(input());
  expect(sent()).toBe('2027-01-09');
  expect(problem()).toBe('Chọn ngày từ 10/01/2027 trở đi.');
  unmount();

  render(<Form max="2027-01-10" />);
  type('11/01/2027');
  fireEvent.blur(input());
  expect(problem()).toBe('Chọn ngày không sau 10/01/2027.');
});

test("the form's own problem shows under the field; the field's format problem comes first", () => {
  render(<Form error="Chọn hạn xử lý." />);
  expect(problem()).toBe('Chọn hạn xử lý.');
  type('30/02/2027');
  fireEvent.blur(input());
  expect(problem()).toBe('Không có ngày này trong lịch.');
});

test('a value set from outside (a restored draft) replaces what is shown; clearing the text sends ""', () => {
  render(<Form initial="2026-04-30" />);
  type('1/5');
  fireEvent.click(screen.getByRole('button', { name: 'restore' }));
  expect(input().value).toBe('01/03/2027');
  type('');
  expect(sent()).toBe('');
  fireEvent.blur(input());
  expect(problem()).toBeNull();
});

test('English interface, same order: the hint and messages translate, the date stays dd/MM/yyyy', () => {
  localStorage.setItem('lien-thong.locale', 'en');
  render(<Form initial="2026-12-25" />);
  expect(input().value).toBe('25/12/2026');
  expect(document.getElementById('due-hint')?.textContent).toMatch(/^Day\/month\/year, e\.g\. \d{2}\/\d{2}\/\d{4}$/);
  type('12/25/2026');
  fireEvent.blur(input());
  expect(problem()).toBe('There is no such day in the calendar.');
});
