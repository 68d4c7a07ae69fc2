import { Link } from 'react-router';
import { useT } from '../i18n';
import { HOME_PATH } from '../sections';
import { EmptyState } from '../ui/states';
import { useDocumentTitle } from '../useDocumentTitle';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <EmptyState title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <Link to={HOME_PATH} className="button button--secondary">
        {t('notFound.home')}
      </Link>
    </EmptyState>
  );
}
