import { demoAgencies } from './agencies';
import type { SeedUser } from './types';

/** Named officials; every other agency gets generic demo accounts below. */
const named: SeedUser[] = [
  { username: 'ubnd.lead', fullName: 'Lê Huyền', title: 'Phó Chủ tịch UBND tỉnh', role: 'LEAD', agencyCode: 'UBND' },
  {
    username: 'ubnd.staff',
    fullName: 'Nguyễn Thị Mai',
    title: 'Chuyên viên Văn phòng UBND tỉnh',
    role: 'STAFF',
    agencyCode: 'UBND',
  },
  {
    username: 'stnmt.lead',
    fullName: 'Trần Văn Hùng',
    title: 'Giám đốc Sở Tài nguyên và Môi trường',
    role: 'LEAD',
    agencyCode: 'STNMT',
  },
  {
    username: 'stnmt.staff',
    fullName: 'Phạm Thu Hà',
    title: 'Chuyên viên Phòng Quản lý đất đai',
    role: 'STAFF',
    agencyCode: 'STNMT',
  },
  {
    username: 'stc.lead',
    fullName: 'Hoàng Minh Tuấn',
    title: 'Giám đốc Sở Tài chính',
    role: 'LEAD',
    agencyCode: 'STC',
  },
  {
    username: 'stc.staff',
    fullName: 'Vũ Thị Lan',
    title: 'Chuyên viên Phòng Quản lý ngân sách',
    role: 'STAFF',
    agencyCode: 'STC',
  },
  {
    username: 'vpdkdd.lead',
    fullName: 'Đỗ Quang Vinh',
    title: 'Giám đốc Văn phòng Đăng ký đất đai',
    role: 'LEAD',
    agencyCode: 'VPDKDD',
  },
  { username: 'snv.lead', fullName: 'Bùi Thị Hồng', title: 'Giám đốc Sở Nội vụ', role: 'LEAD', agencyCode: 'SNV' },
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    title: 'Quản trị viên Liên thông',
    role: 'ADMIN',
    agencyCode: 'STTTT',
  },
];

const takenUsernames = new Set(named.map((u) => u.username));

/** `<agency code>.<role>` in lower case, one LEAD and one STAFF account per agency. */
const generic: SeedUser[] = demoAgencies.flatMap((agency) =>
  (['LEAD', 'STAFF'] as const)
    .map<SeedUser>((role) => ({
      username: `${agency.code.toLowerCase()}.${role.toLowerCase()}`,
      fullName: `${role === 'LEAD' ? 'Lãnh đạo' : 'Chuyên viên'} ${agency.shortName}`,
      title: `${role === 'LEAD' ? 'Lãnh đạo' : 'Chuyên viên'} ${agency.name}`,
      role,
      agencyCode: agency.code,
    }))
    .filter((user) => !takenUsernames.has(user.username)),
);

export const demoUsers: SeedUser[] = [...named, ...generic];
