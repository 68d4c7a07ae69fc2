import type { AgencyListItem } from '../agencies';

export interface AgencyRow {
  agency: AgencyListItem;
  depth: number;
}

/**
 * The directory as an indented list: each agency under its parent, siblings by name. An agency
 * whose parent is not in the list is shown at the top level rather than lost.
 */
export function agencyRows(agencies: readonly AgencyListItem[]): AgencyRow[] {
  const known = new Set(agencies.map((agency) => agency.id));
  const children = new Map<string | null, AgencyListItem[]>();
  for (const agency of agencies) {
    const parent = agency.parent && known.has(agency.parent.id) ? agency.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), agency]);
  }
  const rows: AgencyRow[] = [];
  const visit = (parent: string | null, depth: number) => {
    const sorted = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    for (const agency of sorted) {
      rows.push({ agency, depth });
      visit(agency.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
