import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ApiProvider } from '../kit/api-provider';
import { I18nProvider } from '../kit/i18n';
import { preloadPages } from '../app/lazy-page';
import { AppRoutes } from '../app/router';
import type { StubApi } from './stub-api';

// Feature pages are lazy (app/router.tsx). Their modules are loaded once per test file before its
// tests, so that a route renders its page in the first pass, as a user sees it once the chunk is in.
beforeAll(preloadPages);

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
