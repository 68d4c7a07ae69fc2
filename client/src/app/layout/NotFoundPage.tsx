import { Link } from 'react-router';
import { useT } from '../../kit/i18n';
import { HOME_PATH } from '../../kit/paths';
import { EmptyState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';

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
