import { QUARTER_CHOICES, quarterOptionLabel } from '../../kit/period';
import { useT } from '../../kit/i18n';
import { patchRow, removeRow } from '../../kit/row-edits';
import { ChoiceField } from '../../kit/ui/ChoiceField';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { DateField } from '../../kit/ui/DateField';
import { TextField } from '../../kit/ui/TextField';
import type { DirectiveKind } from '../../gql/graphql';
import { type AgencyListItem, AgencySelect, SupportingAgencies } from '../agencies';
import { DomainField } from '../requests';
import { TASK_CATEGORIES } from '../tasks';
import { emptyDirective, type DirectiveValues } from './meeting-form';

const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['TASK', 'REQUEST'];

/** The id of a form input, from its server path: `directives.2.dueDate` → `meeting-directives-2-dueDate`. */
export const meetingFieldId = (path: string) => `meeting-${path.replace(/\./g, '-')}`;

interface DirectiveEditorProps {
  directives: DirectiveValues[];
  agencies: readonly AgencyListItem[];
  /** Directives go to agencies other than the Committee. */
  excluded: ReadonlySet<string>;
  message: (path: string) => string | undefined;
  onChange: (directives: DirectiveValues[]) => void;
}

/** "Nội dung chỉ đạo": any number of rows, each a task for one agency or a request led by one. */
export function DirectiveEditor({ directives, agencies, excluded, message, onChange }: DirectiveEditorProps) {
  const t = useT();
  const update = (index: number, change: Partial<DirectiveValues>) => onChange(patchRow(directives, index, change));
  return (
    <fieldset className="proposal-items directives">
      <legend>{t('meetingForm.directives')}</legend>
      {directives.map((directive, index) => (
        <DirectiveRow
          key={directive.key}
          directive={directive}
          index={index}
          removable={directives.length > 1}
          agencies={agencies}
          excluded={excluded}
          message={message}
          onChange={(change) => update(index, change)}
          onRemove={() => onChange(removeRow(directives, index))}
        />
      ))}
      {message('directives') && (
        <p className="field__error" role="alert">
          {message('directives')}
        </p>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...directives, emptyDirective()])}
      >
        {t('meetingForm.addDirective')}
      </button>
    </fieldset>
  );
}

interface DirectiveRowProps {
  directive: DirectiveValues;
  index: number;
  removable: boolean;
  agencies: readonly AgencyListItem[];
  excluded: ReadonlySet<string>;
  message: (path: string) => string | undefined;
  onChange: (change: Partial<DirectiveValues>) => void;
  onRemove: () => void;
}

function DirectiveRow({
  directive,
  index,
  removable,
  agencies,
  excluded,
  message,
  onChange,
  onRemove,
}: DirectiveRowProps) {
  const t = useT();
  const row = index + 1;
  const path = (field: string) => `directives.${index}.${field}`;
  const id = (field: string) => meetingFieldId(path(field));
  const error = (field: string) => message(path(field));
  const isTask = directive.kind === 'TASK';
  return (
    <fieldset className="directive-row">
      <legend>{t('meetingForm.directive', { row })}</legend>
      <TextAreaField
        id={id('content')}
        label={t('meetingForm.content')}
        value={directive.content}
        rows={3}
        maxLength={2000}
        onChange={(event) => onChange({ content: event.currentTarget.value })}
        error={error('content')}
      />
      <div className="form-row">
        <ChoiceField
          id={id('kind')}
          label={t('meetingForm.kind')}
          choices={DIRECTIVE_KINDS}
          choiceLabel={(kind) => t(`directiveKind.${kind}`)}
          value={directive.kind}
          onChoose={(kind) => onChange({ kind })}
          error={error('kind')}
        />
        {isTask && (
          <ChoiceField
            id={id('category')}
            label={t('meetingForm.category')}
            choices={TASK_CATEGORIES}
            choiceLabel={(category) => t(`taskCategory.${category}`)}
            value={directive.category}
            onChoose={(category) => onChange({ category })}
            error={error('category')}
          />
        )}
        <DomainField
          id={id('domain')}
          label={t('meetingForm.domain')}
          value={directive.domain}
          onChoose={(domain) => onChange({ domain })}
          error={error('domain')}
        />
      </div>
      <AgencySelect
        id={id('agencyId')}
        label={t(isTask ? 'meetingForm.agency' : 'meetingForm.leadAgency')}
        placeholder={t('meetingForm.chooseAgency')}
        agencies={agencies}
        exclude={excluded}
        value={directive.agencyId}
        onChange={(agencyId) => onChange({ agencyId })}
        error={error('agencyId')}
      />
      {!isTask && (
        <SupportingAgencies
          idPrefix={id('supportingAgencyIds')}
          agencies={agencies}
          exclude={new Set([...excluded, directive.agencyId])}
          value={directive.supportingAgencyIds.filter((agencyId) => agencyId !== directive.agencyId)}
          onChange={(supportingAgencyIds) => onChange({ supportingAgencyIds })}
          error={error('supportingAgencyIds')}
        />
      )}
      <div className="form-row">
        <DateField
          id={id('dueDate')}
          label={t('meetingForm.dueDate')}
          value={directive.dueDate}
          onChange={(event) => onChange({ dueDate: event.currentTarget.value })}
          error={error('dueDate')}
        />
        {isTask && (
          <>
            <ChoiceField
              id={id('period')}
              label={t('meetingForm.periodQuarter')}
              none={t('meetingForm.periodByDueDate')}
              choices={QUARTER_CHOICES}
              choiceLabel={(quarter) => quarterOptionLabel(t, quarter)}
              value={directive.periodQuarter}
              onChoose={(periodQuarter) => {
                // Picking a quarter starts from the due date's year, the usual case.
                const periodYear =
                  periodQuarter && !directive.periodYear ? directive.dueDate.slice(0, 4) : directive.periodYear;
                onChange({ periodQuarter, periodYear: periodQuarter ? periodYear : '' });
              }}
              error={error('period')}
            />
            {directive.periodQuarter && (
              <TextField
                id={id('periodYear')}
                label={t('meetingForm.periodYear')}
                inputMode="numeric"
                maxLength={4}
                size={6}
                value={directive.periodYear}
                onChange={(event) => onChange({ periodYear: event.currentTarget.value.replace(/\D/g, '') })}
              />
            )}
          </>
        )}
      </div>
      {removable && (
        <div className="directive-row__head">
          <button type="button" className="button button--ghost" onClick={onRemove}>
            {t('meetingForm.removeDirective', { row })}
          </button>
        </div>
      )}
    </fieldset>
  );
}
