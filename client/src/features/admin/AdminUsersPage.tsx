import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { useAgencyDirectory } from '../agencies';
import { errorCode } from '../../kit/errors';
import type { FormErrors } from '../../kit/form-errors';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { DebouncedSearchField } from '../../kit/ui/DebouncedSearchField';
import { FilterBar } from '../../kit/ui/FilterBar';
import { LoadMoreButton } from '../../kit/ui/LoadMoreButton';
import { SelectField } from '../../kit/ui/SelectField';
import { EmptyState, PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { keysetList } from '../../kit/useKeysetList';
import { usePagedQuery } from '../../kit/usePagedQuery';
import {
  AdminUsersQuery,
  CreateUserMutation,
  ResetPasswordMutation,
  SetUserActiveMutation,
  UpdateUserMutation,
  type AdminUserRow,
} from './admin.operations';
import { AdminTabs } from './AdminTabs';
import { OneTimePasswordNotice } from './OneTimePasswordNotice';
import { emptyUser, ROLES, userFormErrors, type Role, type UserValues } from './user-form';
import { UserForm } from './UserForm';
import { UserRow, type UserAction } from './UserRow';

const usersList = keysetList(AdminUsersQuery, (data) => data.users, 50);

interface Filters {
  search: string;
  agencyId: string;
  role: '' | Role;
  active: '' | 'true' | 'false';
}
const NO_FILTERS: Filters = { search: '', agencyId: '', role: '', active: '' };

type Editing = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; user: AdminUserRow };

/** `/admin`: every account, with create, edit, disable/enable and password reset. */
export function AdminUsersPage() {
  const t = useT();
  useDocumentTitle(t('adminUsers.title'));
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const filter = {
    search: filters.search || null,
    agencyId: filters.agencyId || null,
    role: filters.role || null,
    active: filters.active === '' ? null : filters.active === 'true',
  };
  const list = usePagedQuery(usersList, { filter });
  const directory = useAgencyDirectory();
  const agencies = directory.state.status === 'ready' ? directory.state.agencies : [];

  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [oneTime, setOneTime] = useState<{ username: string; password: string } | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [created, createUser] = useMutation(CreateUserMutation);
  const [updated, updateUser] = useMutation(UpdateUserMutation);
  const [toggled, setUserActive] = useMutation(SetUserActiveMutation);
  const [reset, resetPassword] = useMutation(ResetPasswordMutation);
  const busy = created.fetching || updated.fetching || toggled.fetching || reset.fetching;

  const open = (next: Editing) => {
    setOutcome(null);
    setEditing(next);
  };
  const failed = (error: CombinedError) => setOutcome({ ok: false, text: t(`error.${errorCode(error)}`) });
  const done = () => {
    setOutcome({ ok: true, text: t('adminUsers.done') });
    list.restart();
  };

  async function save(values: UserValues): Promise<FormErrors | null> {
    const result =
      editing.kind === 'edit'
        ? await updateUser({
            input: {
              id: editing.user.id,
              version: editing.user.version,
              title: values.title,
              role: values.role,
              agencyId: values.agencyId,
            },
          })
        : await createUser({
            input: {
              username: values.username.trim(),
              fullName: values.fullName,
              title: values.title,
              role: values.role,
              agencyId: values.agencyId,
            },
          });
    if (result.error) return userFormErrors(result.error);
    const password = result.data && 'createUser' in result.data ? result.data.createUser.oneTimePassword : null;
    if (password) setOneTime({ username: values.username.trim().toLowerCase(), password });
    setEditing({ kind: 'none' });
    done();
    return null;
  }

  async function act(action: UserAction, user: AdminUserRow) {
    setOutcome(null);
    if (action === 'edit') return open({ kind: 'edit', user });
    if (action === 'reset') {
      const result = await resetPassword({ input: { userId: user.id } });
      if (result.error) return failed(result.error);
      setOneTime({ username: user.username, password: result.data!.resetPassword.oneTimePassword });
      return done();
    }
    const result = await setUserActive({ input: { userId: user.id, active: action === 'enable' } });
    if (result.error) return failed(result.error);
    done();
  }

  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <div className="admin-page">
      <h1>{t('adminUsers.title')}</h1>
      <AdminTabs />
      {oneTime && (
        <OneTimePasswordNotice
          username={oneTime.username}
          password={oneTime.password}
          onDismiss={() => setOneTime(null)}
        />
      )}
      {outcome && (
        <p className={outcome.ok ? 'notice' : 'alert'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      {editing.kind === 'none' && (
        <p>
          <button type="button" className="button button--primary" onClick={() => open({ kind: 'create' })}>
            {t('adminUsers.create')}
          </button>
        </p>
      )}
      {editing.kind !== 'none' && (
        <UserForm
          key={editing.kind === 'edit' ? editing.user.id : 'new'}
          idPrefix={editing.kind === 'edit' ? 'edit-user' : 'new-user'}
          title={
            editing.kind === 'edit'
              ? t('adminUsers.editTitle', { name: editing.user.fullName })
              : t('adminUsers.createTitle')
          }
          creating={editing.kind === 'create'}
          initial={
            editing.kind === 'edit'
              ? { ...emptyUser, title: editing.user.title, role: editing.user.role, agencyId: editing.user.agency.id }
              : emptyUser
          }
          agencies={agencies}
          notice={editing.kind === 'edit' ? t('adminUsers.editNotice') : undefined}
          onSubmit={save}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      <FilterBar label={t('adminUsers.title')}>
        <DebouncedSearchField
          id="admin-users-search"
          label={t('adminUsers.search')}
          placeholder={t('adminUsers.search')}
          value={filters.search}
          onSearch={(search) => setFilters({ ...filters, search })}
        />
        <SelectField
          id="admin-users-agency"
          label={t('adminUsers.agency')}
          value={filters.agencyId}
          onChange={(event) => setFilters({ ...filters, agencyId: event.currentTarget.value })}
        >
          <option value="">{t('adminUsers.anyAgency')}</option>
          {agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.shortName}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="admin-users-role"
          label={t('adminUsers.role')}
          value={filters.role}
          onChange={(event) => setFilters({ ...filters, role: event.currentTarget.value as Filters['role'] })}
        >
          <option value="">{t('adminUsers.anyRole')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="admin-users-active"
          label={t('adminUsers.status')}
          value={filters.active}
          onChange={(event) => setFilters({ ...filters, active: event.currentTarget.value as Filters['active'] })}
        >
          <option value="">{t('adminUsers.anyStatus')}</option>
          <option value="true">{t('adminUsers.statusActive')}</option>
          <option value="false">{t('adminUsers.statusDisabled')}</option>
        </SelectField>
      </FilterBar>
      {!list.loaded ? (
        <PendingState
          fetching={list.fetching}
          error={list.error}
          label={t('adminUsers.loading')}
          onRetry={list.retry}
        />
      ) : list.rows.length === 0 ? (
        <EmptyState title={filtered ? t('adminUsers.noMatch') : t('adminUsers.empty')}>
          {filtered && (
            <button type="button" className="button button--secondary" onClick={() => setFilters(NO_FILTERS)}>
              {t('common.clearFilters')}
            </button>
          )}
        </EmptyState>
      ) : (
        <>
          <DataTable
            className="admin-users"
            columns={[
              t('adminUsers.columnName'),
              t('adminUsers.columnUsername'),
              t('adminUsers.columnAgency'),
              t('adminUsers.columnRole'),
              t('adminUsers.columnStatus'),
              t('adminUsers.columnActions'),
            ]}
          >
            {list.rows.map((user) => (
              <UserRow key={user.id} user={user} busy={busy} onAction={(action, row) => void act(action, row)} />
            ))}
          </DataTable>
          {list.hasNextPage && <LoadMoreButton loading={list.loadingMore} onMore={list.loadMore} />}
          {list.moreError && (
            <p className="alert" role="alert">
              {t(`error.${list.moreError}`)}
            </p>
          )}
        </>
      )}
    </div>
  );
}
