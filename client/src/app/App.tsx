import { StrictMode } from 'react';
import { BrowserRouter } from 'react-router';
import { ApiProvider } from '../kit/api-provider';
import { I18nProvider } from '../kit/i18n';
import { AppRoutes } from './router';
import { createApiClient } from './urql';

export function App() {
  return (
    <StrictMode>
      <I18nProvider>
        <ApiProvider createClient={createApiClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </ApiProvider>
      </I18nProvider>
    </StrictMode>
  );
}
