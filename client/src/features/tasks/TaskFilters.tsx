import { type Period, quarterName, samePeriod } from '../../kit/period';
import { useT, type Translate } from '../../kit/i18n';
import { ChoiceField } from '../../kit/ui/ChoiceField';
import { DebouncedSearchField } from '../../kit/ui/DebouncedSearchField';
import { FilterBar } from '../../kit/ui/FilterBar';
import { AgencySelect, useAgencyDirectory } from '../agencies';
import { DomainField } from '../requests';
import type { TaskListParams } from './task-filter';
import { TASK_CATEGORIES, TASK_GROUPS, TASK_STATUSES } from './task-options';
import type { TaskQuarter } from './tasks.operations';

interface TaskFiltersProps {
  params: TaskListParams;
  /** The quarter shown (the address's, or the default). */
  period: Period;
  quarters: readonly TaskQuarter[];
  current: Period;
  /** Committee members choose among every agency; others only ever see their own tasks. */
  canPickAgency: boolean;
  onChange: (params: TaskListParams) => void;
}

const periodValue = (period: Period) => `${period.year}-${period.quarter}`;

function parsePeriodValue(value: string): Period {
  const [year, quarter] = value.split('-').map(Number);
  return { year, quarter };
}

export interface QuarterChoice {
  period: Period;
  /** null for a quarter without tasks (the current one, or one named in the address). */
  taskCount: number | null;
  closed: boolean;
}

/** The quarters with tasks, plus the current and the chosen one when they have none; newest first. */
export function quarterChoices(quarters: readonly TaskQuarter[], current: Period, chosen: Period): QuarterChoice[] {
  const choices: QuarterChoice[] = quarters.map((q) => ({
    period: q.period,
    taskCount: q.taskCount,
    closed: q.closed,
  }));
  for (const extra of [current, chosen]) {
    if (!choices.some((choice) => samePeriod(choice.period, extra)))
      choices.push({ period: extra, taskCount: null, closed: false });
  }
  return choices.sort((a, b) => b.period.year - a.period.year || b.period.quarter - a.period.quarter);
}

function choiceLabel(t: Translate, { period, taskCount, closed }: QuarterChoice): string {
  if (taskCount === null) return quarterName(t, period);
  return t(closed ? 'tasks.quarterClosedOption' : 'tasks.quarterOption', {
    quarter: quarterName(t, period),
    count: taskCount,
  });
}

export function TaskFilters({ params, period, quarters, current, canPickAgency, onChange }: TaskFiltersProps) {
  const t = useT();
  const set = (patch: Partial<TaskListParams>) => onChange({ ...params, ...patch });
  return (
    <FilterBar className="filters--tasks" label={t('tasks.filters')}>
      <div className="field">
        <label htmlFor="task-quarter">{t('tasks.quarter')}</label>
        <select
          id="task-quarter"
          value={periodValue(period)}
          onChange={(event) => set({ period: parsePeriodValue(event.currentTarget.value) })}
        >
          {quarterChoices(quarters, current, period).map((choice) => (
            <option key={periodValue(choice.period)} value={periodValue(choice.period)}>
              {choiceLabel(t, choice)}
            </option>
          ))}
        </select>
      </div>
      {canPickAgency && <AgencyFilter value={params.agencyId} onChange={(agencyId) => set({ agencyId })} />}
      <ChoiceField
        id="task-group"
        label={t('tasks.group')}
        none={t('tasks.allGroups')}
        choices={TASK_GROUPS}
        choiceLabel={(group) => t(`taskGroup.${group}`)}
        value={params.group ?? ''}
        onChoose={(group) => set({ group: group || null })}
      />
      <ChoiceField
        id="task-status"
        label={t('tasks.status')}
        none={t('tasks.allStatuses')}
        choices={TASK_STATUSES}
        choiceLabel={(status) => t(`taskStatus.${status}`)}
        value={params.status ?? ''}
        onChoose={(status) => set({ status: status || null })}
      />
      <ChoiceField
        id="task-category"
        label={t('tasks.category')}
        none={t('tasks.allCategories')}
        choices={TASK_CATEGORIES}
        choiceLabel={(category) => t(`taskCategory.${category}`)}
        value={params.category ?? ''}
        onChoose={(category) => set({ category: category || null })}
      />
      <DomainField
        id="task-domain"
        label={t('tasks.domain')}
        filter
        value={params.domain ?? ''}
        onChoose={(domain) => set({ domain: domain || null })}
      />
      <DebouncedSearchField
        id="task-search"
        label={t('tasks.search')}
        placeholder={t('tasks.searchHint')}
        value={params.search}
        onSearch={(search) => set({ search })}
      />
    </FilterBar>
  );
}

function AgencyFilter({ value, onChange }: { value: string | null; onChange: (agencyId: string | null) => void }) {
  const t = useT();
  const directory = useAgencyDirectory();
  const agencies = directory.state.status === 'ready' ? directory.state.agencies : [];
  return (
    <AgencySelect
      id="task-agency"
      label={t('tasks.agency')}
      placeholder={t('tasks.allAgencies')}
      agencies={agencies}
      exclude={new Set()}
      value={value ?? ''}
      onChange={(agencyId) => onChange(agencyId || null)}
    />
  );
}
