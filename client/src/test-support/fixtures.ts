import type { AgencyListItem } from '../features/agencies/agencies.operations';
import type { CurrentUser } from '../features/auth/current-user';
import type { AgencyDirectoryQuery } from '../gql/graphql';

export const tnmtLead: CurrentUser = {
  id: 'u-tnmt-lead',
  username: 'tnmt.lanhdao',
  fullName: 'Nguyễn Văn Hùng',
  title: 'Giám đốc Sở',
  role: 'LEAD',
  agency: { id: 'a-tnmt', name: 'Sở Tài nguyên và Môi trường', shortName: 'Sở TN&MT', kind: 'DEPARTMENT' },
};

const agency = (
  id: string,
  name: string,
  kind: AgencyListItem['kind'],
  parentId: string | null = null,
): AgencyListItem => ({
  id,
  name,
  shortName: name,
  code: id.replace(/^a-/, '').toUpperCase(),
  kind,
  parent: parentId ? { id: parentId } : null,
});

/** The article's world, flat and deliberately out of order, as the API pages it. */
export const provinceAgencies: AgencyListItem[] = [
  agency('a-vpdkdd-cn-a', 'Chi nhánh Văn phòng Đăng ký đất đai huyện A', 'DEPARTMENT', 'a-vpdkdd'),
  agency('a-locality-a', 'UBND huyện A', 'LOCALITY'),
  agency('a-tnmt', 'Sở Tài nguyên và Môi trường', 'DEPARTMENT'),
  agency('a-ubnd-tinh', 'UBND tỉnh', 'PEOPLES_COMMITTEE'),
  agency('a-vpdkdd', 'Văn phòng Đăng ký đất đai', 'DEPARTMENT', 'a-tnmt'),
  agency('a-thue', 'Cục Thuế tỉnh', 'SECTOR'),
  agency('a-stc', 'Sở Tài chính', 'DEPARTMENT'),
  agency('a-vpdkdd-cn-b', 'Chi nhánh Văn phòng Đăng ký đất đai huyện B', 'DEPARTMENT', 'a-vpdkdd'),
];

/** One keyset page of the directory query. */
export function agencyPage(
  nodes: AgencyListItem[],
  endCursor: string | null,
  hasNextPage: boolean,
): AgencyDirectoryQuery {
  return { agencies: { edges: nodes.map((node) => ({ node })), pageInfo: { endCursor, hasNextPage } } };
}
