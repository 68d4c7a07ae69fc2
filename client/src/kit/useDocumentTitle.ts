import { useEffect } from 'react';
import { useT } from './i18n';

/** "<page> · Liên thông" in the browser tab, so tabs and history entries are distinguishable. */
export function useDocumentTitle(pageTitle?: string): void {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${appName}` : appName;
  }, [pageTitle, appName]);
}
