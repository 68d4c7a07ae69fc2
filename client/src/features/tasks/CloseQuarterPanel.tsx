import { nextPeriod, type Period, quarterName } from '../../kit/period';
import { useState } from 'react';
import { useClient } from 'urql';
import { errorCode, fieldErrors, fieldMessage, type FieldErrors } from '../../kit/errors';
import type { FormMessage } from '../../kit/form-errors';
import { provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';
import type { MessageKey } from '../../kit/messages/vi';
import { DateField } from '../../kit/ui/DateField';
import { CloseQuarterMutation } from './tasks.operations';

type Outcome = { tone: 'done'; count: number; period: Period } | { tone: 'error'; message: MessageKey };

/** What went wrong, as one message: the quarter is not over yet, already closed, or a bad date. */
export function closeQuarterError(
  code: ReturnType<typeof errorCode>,
  fields: FieldErrors,
): { message?: MessageKey; dueDate?: FormMessage } {
  if (code === 'INVALID_TRANSITION') return { message: 'closeQuarter.alreadyClosed' };
  if (code === 'BAD_USER_INPUT') {
    if (fields.carryOverDueDate)
      return { dueDate: fieldMessage(fields.carryOverDueDate, 'closeQuarter.dueDateInvalid') };
    if (fields.period) return { message: 'closeQuarter.periodNotAllowed' };
  }
  return { message: `error.${code}` };
}

interface CloseQuarterPanelProps {
  period: Period;
  /** Already closed: only the outcome of closing it here (if any) is left to show. */
  closed: boolean;
  /** After closing: the quarter list and the task list are stale. */
  onClosed: () => void;
}

/**
 * "Chốt quý" for Committee leaders: an optional new due date, then a confirm step, since closing
 * carries every unfinished task into the next quarter and cannot be undone.
 */
export function CloseQuarterPanel({ period, closed, onClosed }: CloseQuarterPanelProps) {
  const t = useT();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [dueDate, setDueDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [dueDateError, setDueDateError] = useState<FormMessage>();
  const [outcome, setOutcome] = useState<Outcome>();
  const quarter = quarterName(t, period);
  const next = quarterName(t, nextPeriod(period));

  async function close() {
    setBusy(true);
    const input = { period: { year: period.year, quarter: period.quarter }, carryOverDueDate: dueDate || null };
    const result = await client.mutation(CloseQuarterMutation, { input }).toPromise();
    setBusy(false);
    const closed = result.data?.closeQuarter;
    if (closed) {
      setOpen(false);
      setConfirming(false);
      setOutcome({ tone: 'done', count: closed.carriedOver.length, period });
      onClosed();
      return;
    }
    const problem = closeQuarterError(errorCode(result.error), fieldErrors(result.error));
    setConfirming(false);
    setDueDateError(problem.dueDate);
    setOutcome(problem.message ? { tone: 'error', message: problem.message } : undefined);
  }

  if (closed && !outcome) return null;
  return (
    <section className="quarter-panel" aria-label={t('closeQuarter.title', { quarter })}>
      {outcome?.tone === 'error' && (
        <p className="alert" role="alert">
          {t(outcome.message)}
        </p>
      )}
      <p className="live-note" role="status">
        {outcome?.tone === 'done' &&
          t('closeQuarter.done', {
            quarter: quarterName(t, outcome.period),
            count: outcome.count,
            next: quarterName(t, nextPeriod(outcome.period)),
          })}
      </p>
      {closed ? null : !open ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOutcome(undefined);
            setOpen(true);
          }}
        >
          {t('closeQuarter.open')}
        </button>
      ) : (
        <form
          className="action-panel"
          aria-label={t('closeQuarter.title', { quarter })}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (busy) return;
            if (confirming) void close();
            else {
              setDueDateError(undefined);
              setConfirming(true);
            }
          }}
        >
          <h3>{t('closeQuarter.title', { quarter })}</h3>
          <p className="quarter-panel__summary">{t('closeQuarter.intro', { quarter, next })}</p>
          <DateField
            id="close-quarter-due-date"
            label={t('closeQuarter.dueDate', { next })}
            min={provinceToday()}
            value={dueDate}
            readOnly={confirming}
            onChange={(event) => setDueDate(event.currentTarget.value)}
            error={dueDateError && t(dueDateError)}
          />
          {confirming && (
            <p className="action-panel__warning" role="alert">
              {t('closeQuarter.confirmText', { quarter })}
            </p>
          )}
          <div className="form-actions">
            <button
              type="submit"
              className={confirming ? 'button button--danger' : 'button button--primary'}
              disabled={busy}
              aria-busy={busy}
            >
              {busy ? t('action.working') : confirming ? t('closeQuarter.confirm') : t('closeQuarter.continue')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => (confirming ? setConfirming(false) : setOpen(false))}
            >
              {confirming ? t('closeQuarter.back') : t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
