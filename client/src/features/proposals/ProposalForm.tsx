import type { ReactNode } from 'react';
import { formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { patchRow, removeRow } from '../../kit/row-edits';
import { DataTable } from '../../kit/ui/DataTable';
import { DraftOrSendButtons, type DraftOrSend } from '../../kit/ui/DraftOrSendButtons';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { FormAlert } from '../../kit/ui/FormAlert';
import { MoneyInput } from '../../kit/ui/MoneyInput';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { TextField } from '../../kit/ui/TextField';
import { useForm } from '../../kit/useForm';
import type { DraftRecord } from '../../kit/useLocalDraft';
import type { ResourceKind } from '../../gql/graphql';
import {
  emptyItem,
  runningTotal,
  validateProposalForm,
  type ItemValues,
  type ProposalFormErrors,
  type ProposalFormValues,
} from './proposal-form';
import { useCurrentUser } from '../auth';
import { LinkedRequestPicker, type TaskOption, TaskPicker } from '../links';
import { RESOURCE_KINDS } from './proposal-labels';

interface ProposalFormProps {
  initial: ProposalFormValues;
  /** Saves (and with `submit`, sends) the proposal; resolves to the errors to show, or null when done. */
  onSave: (values: ProposalFormValues, submit: boolean) => Promise<ProposalFormErrors | null>;
  onReload?: () => void;
  /** The tasks the proposal already names, shown even when no longer open. */
  linkedTasks?: readonly TaskOption[];
  /** Whether this user may send the proposal, or only save it for the agency's leader. */
  canSend: boolean;
  /** The saved record this form edits (none when creating): its local draft is kept under it. */
  editing?: DraftRecord;
}

const fieldId = (path: string) => `proposal-${path.replace(/\./g, '-')}`;

export function ProposalForm({ initial, onSave, onReload, linkedTasks = [], canSend, editing }: ProposalFormProps) {
  const t = useT();
  const user = useCurrentUser();
  const { values, set, setValues, errors, busy, save, message, bind, draftOffer } = useForm<
    ProposalFormValues,
    ProposalFormErrors,
    DraftOrSend
  >(initial, {
    validate: validateProposalForm,
    fieldId,
    draft: { owner: user.id, form: 'proposal', recordId: editing?.id, version: editing?.version },
  });
  const setItem = (index: number, change: Partial<ItemValues>) =>
    setValues((current) => ({ ...current, items: patchRow(current.items, index, change) }));

  return (
    <form className="request-form proposal-form" noValidate onSubmit={(event) => event.preventDefault()}>
      <DraftRestoreBanner {...draftOffer} />
      <FormAlert message={errors.form} onReload={onReload} />
      <TextField label={t('proposalForm.title')} maxLength={300} required {...bind('title')} />
      <TextAreaField label={t('proposalForm.rationale')} rows={6} required {...bind('rationale')} />
      <TextField
        id={fieldId('fiscalYear')}
        label={t('proposalForm.fiscalYear')}
        value={values.fiscalYear}
        inputMode="numeric"
        maxLength={4}
        required
        onChange={(event) => set('fiscalYear', event.currentTarget.value.replace(/\D/g, ''))}
        error={message('fiscalYear')}
      />
      <LinkedRequestPicker
        id={fieldId('linkedRequestIds')}
        value={values.linkedRequestIds}
        onChange={(ids) => set('linkedRequestIds', ids)}
        error={message('linkedRequestIds')}
      />
      <TaskPicker
        id={fieldId('linkedTaskIds')}
        value={values.linkedTaskIds}
        linked={linkedTasks}
        onChange={(ids) => set('linkedTaskIds', ids)}
        error={message('linkedTaskIds')}
      />
      <ItemsTable
        items={values.items}
        message={message}
        onChange={setItem}
        onRemove={(index) => set('items', removeRow(values.items, index))}
      />
      {message('items') && (
        <p className="field__error" role="alert">
          {message('items')}
        </p>
      )}
      <div className="proposal-form__total">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => set('items', [...values.items, emptyItem()])}
        >
          {t('proposalForm.addItem')}
        </button>
        <p role="status" aria-live="polite">
          {t('proposalForm.total')}:{' '}
          <strong data-testid="running-total">{formatVnd(runningTotal(values.items))}</strong>
        </p>
      </div>
      <DraftOrSendButtons
        busy={busy}
        onSave={(send) => void save(send ? 'submit' : 'draft', (current) => onSave(current, send))}
        sendLabel={t('proposalForm.submit')}
        canSend={canSend}
      />
      {!canSend && <p className="muted">{t('proposalForm.leadSends')}</p>}
    </form>
  );
}

interface ItemsTableProps {
  items: ItemValues[];
  message: (path: string) => string | undefined;
  onChange: (index: number, change: Partial<ItemValues>) => void;
  onRemove: (index: number) => void;
}

function ItemsTable({ items, message, onChange, onRemove }: ItemsTableProps) {
  const t = useT();
  return (
    <fieldset className="proposal-items">
      <legend>{t('proposalForm.items')}</legend>
      <DataTable
        className="proposal-items__table"
        columns={[
          '#',
          t('proposal.col.kind'),
          t('proposal.col.description'),
          t('proposal.col.quantity'),
          t('proposal.col.unit'),
          t('proposal.col.amount'),
          t('proposal.col.justification'),
          <span className="visually-hidden">{t('proposalForm.removeItem')}</span>,
        ]}
      >
        {items.map((item, index) => (
          <ItemRow
            key={item.key}
            item={item}
            index={index}
            removable={items.length > 1}
            message={message}
            onChange={(change) => onChange(index, change)}
            onRemove={() => onRemove(index)}
          />
        ))}
      </DataTable>
    </fieldset>
  );
}

interface ItemRowProps {
  item: ItemValues;
  index: number;
  removable: boolean;
  message: (path: string) => string | undefined;
  onChange: (change: Partial<ItemValues>) => void;
  onRemove: () => void;
}

function ItemRow({ item, index, removable, message, onChange, onRemove }: ItemRowProps) {
  const t = useT();
  const row = index + 1;
  const cell = (field: keyof ItemValues, label: string, input: (props: CellProps) => ReactNode) => {
    const path = `items.${index}.${field}`;
    const error = message(path);
    const id = fieldId(path);
    return (
      <td>
        {input({
          id,
          'aria-label': t('proposalForm.cellLabel', { field: label, row }),
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
        })}
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
      </td>
    );
  };
  return (
    <tr>
      <td>{row}</td>
      {cell('kind', t('proposal.col.kind'), (props) => (
        <select
          {...props}
          value={item.kind}
          onChange={(event) => onChange({ kind: event.currentTarget.value as ResourceKind })}
        >
          {RESOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`resourceKind.${kind}`)}
            </option>
          ))}
        </select>
      ))}
      {cell('description', t('proposal.col.description'), (props) => (
        <input
          {...props}
          value={item.description}
          maxLength={500}
          onChange={(event) => onChange({ description: event.currentTarget.value })}
        />
      ))}
      {cell('quantity', t('proposal.col.quantity'), (props) => (
        <input
          {...props}
          inputMode="numeric"
          size={6}
          value={item.quantity}
          onChange={(event) => onChange({ quantity: event.currentTarget.value.replace(/\D/g, '') })}
        />
      ))}
      {cell('unit', t('proposal.col.unit'), (props) => (
        <input
          {...props}
          size={8}
          value={item.unit}
          maxLength={30}
          onChange={(event) => onChange({ unit: event.currentTarget.value })}
        />
      ))}
      {cell('amount', t('proposal.col.amount'), (props) => (
        <MoneyInput {...props} value={item.amount} onChange={(amount) => onChange({ amount })} />
      ))}
      {cell('justification', t('proposal.col.justification'), (props) => (
        <textarea
          {...props}
          rows={2}
          value={item.justification}
          onChange={(event) => onChange({ justification: event.currentTarget.value })}
        />
      ))}
      <td>
        {removable && (
          <button type="button" className="button button--ghost" onClick={onRemove}>
            {t('proposalForm.removeItemRow', { row })}
          </button>
        )}
      </td>
    </tr>
  );
}

interface CellProps {
  id: string;
  'aria-label': string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}
