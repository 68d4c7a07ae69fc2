import { useEffect, useRef, useState } from 'react';
import { useT, type Translate } from '../../app/i18n';
import type { DomainArea, TaskCategory, TaskGroup, TaskStatus } from '../../gql/graphql';
import { useAgencyDirectory } from '../agencies/useAgencyDirectory';
import { AgencySelect } from '../requests/AgencyFields';
import { DOMAINS } from '../requests/request-options';
import { SEARCH_DEBOUNCE_MS } from '../requests/RequestFilters';
import type { TaskListParams } from './task-filter';
import { quarterName, samePeriod, TASK_CATEGORIES, TASK_GROUPS, TASK_STATUSES, type Period } from './task-options';
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
  const choices: QuarterChoice[] = quarters.map((q) => ({ period: q.period, taskCount: q.taskCount, closed: q.closed }));
  for (const extra of [current, chosen]) {
    if (!choices.some((choice) => samePeriod(choice.period, extra))) choices.push({ period: extra, taskCount: null, closed: false });
  }
  return choices.sort((a, b) => b.period.year - a.period.year || b.period.quarter - a.period.quarter);
}

function choiceLabel(t: Translate, { period, taskCount, closed }: QuarterChoice): string {
  if (taskCount === null) return quarterName(t, period);
  return t(closed ? 'tasks.quarterClosedOption' : 'tasks.quarterOption', { quarter: quarterName(t, period), count: taskCount });
}

export function TaskFilters({ params, period, quarters, current, canPickAgency, onChange }: TaskFiltersProps) {
  const t = useT();
  const set = (patch: Partial<TaskListParams>) => onChange({ ...params, ...patch });
  return (
    <form className="filters filters--tasks" role="search" aria-label={t('tasks.filters')} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="task-quarter">{t('tasks.quarter')}</label>
        <select id="task-quarter" value={periodValue(period)} onChange={(event) => set({ period: parsePeriodValue(event.currentTarget.value) })}>
          {quarterChoices(quarters, current, period).map((choice) => (
            <option key={periodValue(choice.period)} value={periodValue(choice.period)}>
              {choiceLabel(t, choice)}
            </option>
          ))}
        </select>
      </div>
      {canPickAgency && <AgencyFilter value={params.agencyId} onChange={(agencyId) => set({ agencyId })} />}
      <div className="field">
        <label htmlFor="task-group">{t('tasks.group')}</label>
        <select id="task-group" value={params.group ?? ''} onChange={(event) => set({ group: (event.currentTarget.value || null) as TaskGroup | null })}>
          <option value="">{t('tasks.allGroups')}</option>
          {TASK_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`taskGroup.${group}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="task-status">{t('tasks.status')}</label>
        <select id="task-status" value={params.status ?? ''} onChange={(event) => set({ status: (event.currentTarget.value || null) as TaskStatus | null })}>
          <option value="">{t('tasks.allStatuses')}</option>
          {TASK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`taskStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="task-category">{t('tasks.category')}</label>
        <select
          id="task-category"
          value={params.category ?? ''}
          onChange={(event) => set({ category: (event.currentTarget.value || null) as TaskCategory | null })}
        >
          <option value="">{t('tasks.allCategories')}</option>
          {TASK_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`taskCategory.${category}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="task-domain">{t('tasks.domain')}</label>
        <select id="task-domain" value={params.domain ?? ''} onChange={(event) => set({ domain: (event.currentTarget.value || null) as DomainArea | null })}>
          <option value="">{t('requests.allDomains')}</option>
          {DOMAINS.map((domain) => (
            <option key={domain} value={domain}>
              {t(`domain.${domain}`)}
            </option>
          ))}
        </select>
      </div>
      <SearchField value={params.search} onSearch={(search) => set({ search })} />
    </form>
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

/** Typing updates the box at once and the list after a pause, as on the request list. */
function SearchField({ value, onSearch }: { value: string; onSearch: (search: string) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const latestOnSearch = useRef(onSearch);

  useEffect(() => {
    latestOnSearch.current = onSearch;
  });

  // Changed from outside (e.g. "clear filters"): show it, unless it is what is being typed.
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== draft.trim()) setDraft(value);
  }

  useEffect(() => {
    const search = draft.trim();
    if (search === value) return;
    const timer = setTimeout(() => latestOnSearch.current(search), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);

  return (
    <div className="field">
      <label htmlFor="task-search">{t('tasks.search')}</label>
      <input
        id="task-search"
        type="search"
        placeholder={t('tasks.searchHint')}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
      />
    </div>
  );
}
