import type { AgencyKind } from '../../gql/graphql';
import type { AgencyListItem } from './agencies.operations';

export interface AgencyNode {
  agency: AgencyListItem;
  children: AgencyNode[];
  /** False for an ancestor kept only to show where a matching sub-unit sits. */
  matches: boolean;
}

export interface AgencyFilter {
  kind: AgencyKind | null;
  search: string;
}

export const AGENCY_KINDS: readonly AgencyKind[] = ['PEOPLES_COMMITTEE', 'DEPARTMENT', 'SECTOR', 'LOCALITY'];

function compareAgencies(a: AgencyListItem, b: AgencyListItem): number {
  const byKind = AGENCY_KINDS.indexOf(a.kind) - AGENCY_KINDS.indexOf(b.kind);
  return byKind || a.name.localeCompare(b.name, 'vi');
}

/** Nests a flat page-by-page list under its parents; units whose parent is not listed become roots. */
export function buildAgencyTree(agencies: readonly AgencyListItem[]): AgencyNode[] {
  const nodes = new Map<string, AgencyNode>();
  for (const agency of agencies) nodes.set(agency.id, { agency, children: [], matches: true });

  const roots: AgencyNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.agency.parent && nodes.get(node.agency.parent.id);
    (parent ? parent.children : roots).push(node);
  }

  const sort = (list: AgencyNode[]): AgencyNode[] => {
    list.sort((a, b) => compareAgencies(a.agency, b.agency));
    list.forEach((node) => sort(node.children));
    return list;
  };
  return sort(roots);
}

/** Lower case without diacritics, so "dat dai" finds "Đất đai". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export function isFilterActive(filter: AgencyFilter): boolean {
  return filter.kind !== null || filter.search.trim() !== '';
}

function words(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every search term must start a word of the name, short name or code ("huyen a" ≠ "huyện B"). */
function matchesFilter(agency: AgencyListItem, kind: AgencyKind | null, terms: string[]): boolean {
  if (kind && agency.kind !== kind) return false;
  const agencyWords = words(`${agency.name} ${agency.shortName} ${agency.code}`);
  return terms.every((term) => agencyWords.some((word) => word.startsWith(term)));
}

/** Keeps matching agencies and the ancestors needed to place them in the tree. */
export function filterAgencyTree(tree: readonly AgencyNode[], filter: AgencyFilter): AgencyNode[] {
  if (!isFilterActive(filter)) return [...tree];
  const terms = words(filter.search);

  const visit = (nodes: readonly AgencyNode[]): AgencyNode[] =>
    nodes.flatMap((node) => {
      const children = visit(node.children);
      const matches = matchesFilter(node.agency, filter.kind, terms);
      return matches || children.length > 0 ? [{ ...node, children, matches }] : [];
    });
  return visit(tree);
}

export function countMatches(tree: readonly AgencyNode[]): number {
  return tree.reduce((sum, node) => sum + (node.matches ? 1 : 0) + countMatches(node.children), 0);
}
