import { Link } from 'react-router';
import { useT } from '../../kit/i18n';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { EmptyState } from '../../kit/ui/states';
import type { Section } from '../sections';

export function ComingSoonPage({ section }: { section: Section }) {
  const t = useT();
  useDocumentTitle(t(section.label));
  return (
    <>
      <h1>{t(section.label)}</h1>
      <EmptyState title={t('comingSoon.title')}>
        <p>{t('comingSoon.body', { section: t(section.label) })}</p>
        <Link to="/agencies" className="button button--secondary">
          {t('comingSoon.toDirectory')}
        </Link>
      </EmptyState>
    </>
  );
}
