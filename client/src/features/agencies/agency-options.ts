import type { AgencyKind } from '../../gql/graphql';
import type { AgencyListItem } from './agencies.operations';
import { AGENCY_KINDS, foldVietnamese } from './agency-tree';

export interface AgencyGroup {
  kind: AgencyKind;
  agencies: AgencyListItem[];
}

/** Agencies by kind (Committee, departments, sectors, localities), by name within a kind. */
export function groupAgencies(agencies: readonly AgencyListItem[], exclude: ReadonlySet<string>): AgencyGroup[] {
  return AGENCY_KINDS.map((kind) => ({
    kind,
    agencies: agencies
      .filter((agency) => agency.kind === kind && !exclude.has(agency.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  })).filter((group) => group.agencies.length > 0);
}

/** Every word typed must appear in the name, short name or code, with or without diacritics. */
export function agencyMatches(agency: AgencyListItem, search: string): boolean {
  const haystack = foldVietnamese(`${agency.name} ${agency.shortName} ${agency.code}`);
  return foldVietnamese(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => haystack.includes(term));
}
