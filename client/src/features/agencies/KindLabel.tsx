import { useT } from '../../kit/i18n';
import type { AgencyKind } from '../../gql/graphql';

export function KindLabel({ kind }: { kind: AgencyKind }) {
  const t = useT();
  return <span className={`kind-label kind-label--${kind.toLowerCase()}`}>{t(`agencyKind.${kind}`)}</span>;
}
