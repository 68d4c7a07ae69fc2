import { useT } from '../i18n';

// The "load more" button under every paged table, so lists page the same way everywhere.
export function LoadMoreButton({ loading, onMore }: { loading: boolean; onMore: () => unknown }) {
  const t = useT();
  return (
    <div className="load-more">
      <button type="button" className="button button--secondary" onClick={() => void onMore()} disabled={loading}>
        {loading ? t('common.loadingMore') : t('common.loadMore')}
      </button>
    </div>
  );
}
