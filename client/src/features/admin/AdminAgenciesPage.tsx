import { useState } from 'react';
import { useClient, useMutation, type CombinedError } from 'urql';
import { useAgencyDirectory, type AgencyListItem } from '../agencies';
import { errorCode, serverFormErrors } from '../../kit/errors';
import type { FormErrors } from '../../kit/form-errors';
import { useT } from '../../kit/i18n';
import { EmptyState, PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { AdminAgencyQuery, CreateAgencyMutation, UpdateAgencyMutation } from './admin.operations';
import { AdminTabs } from './AdminTabs';
import { AgencyForm, type AgencyValues } from './AgencyForm';
import { agencyRows } from './agency-rows';

type Editing =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; agency: AgencyListItem; version: number; values: AgencyValues };

const NEW_AGENCY: AgencyValues = { code: '', name: '', shortName: '', kind: 'DEPARTMENT', parentId: '' };

/** The server's refusal: its field problems (a cycle is `parentId`) on their fields, anything else above. */
const agencyFormErrors = (error: CombinedError): FormErrors =>
  serverFormErrors(error, ['code', 'name', 'shortName', 'kind', 'parentId']);

/** `/admin/agencies`: the province's agencies as a tree, with create, rename and move. */
export function AdminAgenciesPage() {
  const t = useT();
  useDocumentTitle(t('adminAgencies.title'));
  const client = useClient();
  const directory = useAgencyDirectory();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [, createAgency] = useMutation(CreateAgencyMutation);
  const [, updateAgency] = useMutation(UpdateAgencyMutation);

  async function edit(agency: AgencyListItem) {
    setNotice(null);
    // the version to edit is read fresh: the directory's rows do not carry it
    const result = await client.query(AdminAgencyQuery, { id: agency.id }, { requestPolicy: 'network-only' });
    const current = result.data?.agency;
    if (!current) return setNotice({ ok: false, text: t(`error.${errorCode(result.error)}`) });
    setEditing({
      kind: 'edit',
      agency,
      version: current.version,
      values: { ...NEW_AGENCY, name: current.name, shortName: current.shortName, parentId: current.parent?.id ?? '' },
    });
  }

  async function save(values: AgencyValues): Promise<FormErrors | null> {
    const parentId = values.parentId || null;
    const result =
      editing.kind === 'edit'
        ? await updateAgency({
            input: {
              id: editing.agency.id,
              version: editing.version,
              name: values.name,
              shortName: values.shortName,
              parentId,
            },
          })
        : await createAgency({
            input: {
              code: values.code.trim(),
              name: values.name,
              shortName: values.shortName,
              kind: values.kind,
              parentId,
            },
          });
    if (result.error) return agencyFormErrors(result.error);
    setEditing({ kind: 'none' });
    setNotice({ ok: true, text: t('adminAgencies.done') });
    directory.refresh();
    return null;
  }

  const { state } = directory;
  const agencies = state.status === 'ready' ? state.agencies : [];
  return (
    <div className="admin-page">
      <h1>{t('adminAgencies.title')}</h1>
      <AdminTabs />
      {notice && (
        <p className={notice.ok ? 'notice' : 'alert'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {editing.kind === 'none' ? (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setNotice(null);
              setEditing({ kind: 'create' });
            }}
          >
            {t('adminAgencies.create')}
          </button>
        </p>
      ) : (
        <AgencyForm
          key={editing.kind === 'edit' ? editing.agency.id : 'new'}
          idPrefix={editing.kind === 'edit' ? 'edit-agency' : 'new-agency'}
          title={
            editing.kind === 'edit'
              ? t('adminAgencies.editTitle', { name: editing.agency.name })
              : t('adminAgencies.createTitle')
          }
          creating={editing.kind === 'create'}
          initial={editing.kind === 'edit' ? editing.values : NEW_AGENCY}
          agencies={agencies}
          onSubmit={save}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      {state.status !== 'ready' ? (
        <PendingState
          fetching={state.status === 'loading'}
          error={state.status === 'error' ? state.error : undefined}
          label={t('adminAgencies.loading')}
          onRetry={directory.retry}
        />
      ) : agencies.length === 0 ? (
        <EmptyState title={t('adminAgencies.empty')} />
      ) : (
        <ul className="admin-agency-tree">
          {agencyRows(agencies).map(({ agency, depth }) => (
            <li key={agency.id} style={{ paddingInlineStart: `${depth * 1.5}rem` }}>
              <span className="admin-agency__name">{agency.name}</span>{' '}
              <span className="muted">
                {agency.code} · {t(`agencyKind.${agency.kind}`)}
              </span>{' '}
              <button
                type="button"
                className="button button--ghost"
                aria-label={`${t('adminAgencies.edit')} ${agency.name}`}
                onClick={() => void edit(agency)}
              >
                {t('adminAgencies.edit')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
