import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import type { AgencyDetailQuery as AgencyDetailResult } from '../../gql/graphql';
import { AgencyDetailQuery } from './agencies.operations';
import { KindLabel } from './KindLabel';
import { useAgencyChanges } from './useAgencyChanges';

type AgencyDetail = AgencyDetailResult['agency'];

export function AgencyDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AgencyDetailQuery, variables: { id } });
  const agency = data?.agency;
  useDocumentTitle(agency?.name ?? t('agencies.title'));

  // The agency itself or one of its sub-units changed: reload the details.
  useAgencyChanges((event) => {
    if (event.agency.id === id || event.agency.parent?.id === id) reexecute({ requestPolicy: 'network-only' });
  });

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to="/agencies">← {t('agency.backToDirectory')}</Link>
      </nav>
      {agency ? (
        <AgencyDetails agency={agency} />
      ) : (
        <PendingState
          fetching={fetching}
          error={error}
          label={t('agency.loading')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
    </>
  );
}

function AgencyDetails({ agency }: { agency: AgencyDetail }) {
  const t = useT();
  return (
    <article className="agency-detail">
      <h1>{agency.name}</h1>
      <dl className="facts">
        <div>
          <dt>{t('agency.shortName')}</dt>
          <dd>{agency.shortName}</dd>
        </div>
        <div>
          <dt>{t('agency.code')}</dt>
          <dd>{agency.code}</dd>
        </div>
        <div>
          <dt>{t('agency.kind')}</dt>
          <dd>
            <KindLabel kind={agency.kind} />
          </dd>
        </div>
        <div>
          <dt>{t('agency.parent')}</dt>
          <dd>
            {agency.parent ? (
              <Link to={`/agencies/${agency.parent.id}`}>{agency.parent.name}</Link>
            ) : (
              t('agency.noParent')
            )}
          </dd>
        </div>
      </dl>
      <SubUnits units={agency.children} />
      <Members members={agency.members} />
    </article>
  );
}

function SubUnits({ units }: { units: AgencyDetail['children'] }) {
  const t = useT();
  return (
    <section aria-labelledby="agency-children-heading">
      <h2 id="agency-children-heading">{t('agency.children')}</h2>
      {units.length === 0 ? (
        <p className="muted">{t('agency.noChildren')}</p>
      ) : (
        <ul className="unit-list">
          {units.map((unit) => (
            <li key={unit.id}>
              <Link to={`/agencies/${unit.id}`}>{unit.name}</Link>
              <span className="agency-row__code">{unit.code}</span>
              <KindLabel kind={unit.kind} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Members({ members }: { members: AgencyDetail['members'] }) {
  const t = useT();
  return (
    <section aria-labelledby="agency-members-heading">
      <h2 id="agency-members-heading">{t('agency.members')}</h2>
      {members.length === 0 ? (
        <p className="muted">{t('agency.noMembers')}</p>
      ) : (
        <DataTable columns={[t('agency.memberName'), t('agency.memberTitle'), t('agency.memberRole')]}>
          {members.map((member) => (
            <tr key={member.id}>
              <td>{member.fullName}</td>
              <td>{member.title}</td>
              <td>{t(`role.${member.role}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
