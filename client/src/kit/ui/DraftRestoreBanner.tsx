import { useId } from 'react';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import type { DraftOffer } from '../useLocalDraft';
import './draft-restore-banner.css';

interface DraftRestoreBannerProps {
  offer: DraftOffer<unknown> | null;
  onRestore: () => void;
  onDiscard: () => void;
}

/** "There is an unsaved draft from <time> — Restore / Discard", above a form that found one. */
export function DraftRestoreBanner({ offer, onRestore, onDiscard }: DraftRestoreBannerProps) {
  const t = useT();
  const textId = useId();
  if (!offer) return null;
  return (
    <div className="draft-banner" role="region" aria-labelledby={textId}>
      <p className="draft-banner__text" id={textId} role="status">
        {t('draft.found', { time: formatDateTime(offer.savedAt) })}
        {offer.olderVersion && ` ${t('draft.olderVersion')}`}
      </p>
      <div className="draft-banner__actions">
        <button type="button" className="button" onClick={onRestore}>
          {t('draft.restore')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          {t('draft.discard')}
        </button>
      </div>
    </div>
  );
}
