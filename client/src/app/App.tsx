import { StrictMode } from 'react';
import { BrowserRouter } from 'react-router';
import { ApiProvider } from './api-provider';
import { I18nProvider } from './i18n';
import { AppRoutes } from './router';

export function App() {
  return (
    <StrictMode>
      <I18nProvider>
        <ApiProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </ApiProvider>
      </I18nProvider>
    </StrictMode>
  );
}
