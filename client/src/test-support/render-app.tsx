import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ApiProvider } from '../kit/api-provider';
import { I18nProvider } from '../kit/i18n';
import { AppRoutes } from '../app/router';
import type { StubApi } from './stub-api';

/** The whole application at `path`, talking to a stub API. */
export function renderApp(api: StubApi, path = '/'): RenderResult {
  return render(
    <I18nProvider>
      <ApiProvider createClient={api.createClient}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </ApiProvider>
    </I18nProvider>,
  );
}
