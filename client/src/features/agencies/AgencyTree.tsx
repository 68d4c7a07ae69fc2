import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../kit/i18n';
import type { AgencyNode } from './agency-tree';
import { KindLabel } from './KindLabel';

interface AgencyTreeProps {
  id?: string;
  nodes: readonly AgencyNode[];
  ownAgencyId: string;
  /** While filtering, every branch stays open so no match is hidden. */
  forceExpanded: boolean;
}

export function AgencyTree({ id, nodes, ownAgencyId, forceExpanded }: AgencyTreeProps) {
  return (
    <ul id={id} className="agency-tree">
      {nodes.map((node) => (
        <AgencyTreeItem key={node.agency.id} node={node} ownAgencyId={ownAgencyId} forceExpanded={forceExpanded} />
      ))}
    </ul>
  );
}

type AgencyTreeItemProps = Omit<AgencyTreeProps, 'id' | 'nodes'> & { node: AgencyNode };

function AgencyTreeItem({ node, ownAgencyId, forceExpanded }: AgencyTreeItemProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(true);
  const { agency, children } = node;
  const isOwn = agency.id === ownAgencyId;
  const open = forceExpanded || expanded;
  const groupId = `agency-children-${agency.id}`;

  return (
    <li>
      <div className={`agency-row${isOwn ? ' agency-row--own' : ''}${node.matches ? '' : ' agency-row--context'}`}>
        {children.length > 0 && !forceExpanded ? (
          <button
            type="button"
            className="agency-row__toggle"
            aria-expanded={open}
            aria-controls={groupId}
            aria-label={t(open ? 'agencies.collapse' : 'agencies.expand', { name: agency.name })}
            onClick={() => setExpanded(!expanded)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="agency-row__toggle agency-row__toggle--leaf" aria-hidden="true" />
        )}
        <Link to={`/agencies/${agency.id}`} className="agency-row__name">
          {agency.name}
        </Link>
        <span className="agency-row__code">{agency.code}</span>
        <KindLabel kind={agency.kind} />
        {isOwn && <span className="badge">{t('agencies.yours')}</span>}
      </div>
      {children.length > 0 && open && (
        <AgencyTree id={groupId} nodes={children} ownAgencyId={ownAgencyId} forceExpanded={forceExpanded} />
      )}
    </li>
  );
}
