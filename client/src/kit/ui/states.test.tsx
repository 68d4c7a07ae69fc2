import { render, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { I18nProvider } from '../i18n';
import { ErrorState } from './states';

const failure = (code: string, requestId?: string) =>
  new CombinedError({
    graphQLErrors: [{ message: 'server text', extensions: { code, ...(requestId ? { requestId } : {}) } }],
  });

const renderError = (error: CombinedError) =>
  render(
    <I18nProvider>
      <ErrorState error={error} />
    </I18nProvider>,
  );

test('a failure on the server shows the reference its log line carries, so the user can quote it', () => {
  renderError(failure('INTERNAL_SERVER_ERROR', 'req-7f3a'));
  const alert = screen.getByRole('alert').textContent;
  expect(alert).toContain('Hệ thống gặp sự cố');
  expect(alert).toContain('Mã tra cứu khi báo lỗi: req-7f3a');
});

test("the user's own mistakes show no reference: there is nothing to report", () => {
  renderError(failure('NOT_FOUND', 'req-7f3a'));
  expect(screen.getByRole('alert').textContent).toContain('Không tìm thấy');
  expect(screen.getByRole('alert').textContent).not.toContain('req-7f3a');
});
