import { useT } from '../../app/i18n';
import { SelectField } from '../../app/ui/SelectField';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { TextField } from '../../app/ui/TextField';
import type { DirectiveKind, DomainArea, TaskCategory } from '../../gql/graphql';
import type { AgencyListItem } from '../agencies/agencies.operations';
import { AgencySelect, SupportingAgencies } from '../requests/AgencyFields';
import { DOMAINS } from '../requests/request-options';
import { romanQuarter, TASK_CATEGORIES } from '../tasks/task-options';
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
  const update = (index: number, change: Partial<DirectiveValues>) =>
    onChange(directives.map((directive, i) => (i === index ? { ...directive, ...change } : directive)));
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
          onRemove={() => onChange(directives.filter((_, i) => i !== index))}
        />
      ))}
      {message('directives') && (
        <p className="field__error" role="alert">
          {message('directives')}
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={() => onChange([...directives, emptyDirective()])}>
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

function DirectiveRow({ directive, index, removable, agencies, excluded, message, onChange, onRemove }: DirectiveRowProps) {
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
        <SelectField
          id={id('kind')}
          label={t('meetingForm.kind')}
          value={directive.kind}
          onChange={(event) => onChange({ kind: event.currentTarget.value as DirectiveKind })}
          error={error('kind')}
        >
          {DIRECTIVE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`directiveKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        {isTask && (
          <SelectField
            id={id('category')}
            label={t('meetingForm.category')}
            value={directive.category}
            onChange={(event) => onChange({ category: event.currentTarget.value as TaskCategory })}
            error={error('category')}
          >
            {TASK_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`taskCategory.${category}`)}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          id={id('domain')}
          label={t('meetingForm.domain')}
          value={directive.domain}
          onChange={(event) => onChange({ domain: event.currentTarget.value as DomainArea | '' })}
          error={error('domain')}
        >
          <option value="">{t('requestForm.chooseDomain')}</option>
          {DOMAINS.map((domain) => (
            <option key={domain} value={domain}>
              {t(`domain.${domain}`)}
            </option>
          ))}
        </SelectField>
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
        <TextField
          id={id('dueDate')}
          type="date"
          label={t('meetingForm.dueDate')}
          value={directive.dueDate}
          onChange={(event) => onChange({ dueDate: event.currentTarget.value })}
          error={error('dueDate')}
        />
        {isTask && (
          <>
            <SelectField
              id={id('period')}
              label={t('meetingForm.periodQuarter')}
              value={directive.periodQuarter}
              onChange={(event) => {
                const periodQuarter = event.currentTarget.value;
                // Picking a quarter starts from the due date's year, the usual case.
                const periodYear = periodQuarter && !directive.periodYear ? directive.dueDate.slice(0, 4) : directive.periodYear;
                onChange({ periodQuarter, periodYear: periodQuarter ? periodYear : '' });
              }}
              error={error('period')}
            >
              <option value="">{t('meetingForm.periodByDueDate')}</option>
              {[1, 2, 3, 4].map((quarter) => (
                <option key={quarter} value={String(quarter)}>
                  {t('taskForm.quarterOption', { quarter, roman: romanQuarter(quarter) })}
                </option>
              ))}
            </SelectField>
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
