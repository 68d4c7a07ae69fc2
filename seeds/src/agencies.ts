import type { SeedAgency } from './types';

/**
 * The localities of the demo province. The article names none, so these are illustrative;
 * each has its own branch of the Land Registration Office.
 */
export const localities = [
  {
    code: 'UBND-TP',
    name: 'Ủy ban nhân dân thành phố Hòa Bình',
    shortName: 'UBND TP Hòa Bình',
    place: 'thành phố Hòa Bình',
  },
  {
    code: 'UBND-DH',
    name: 'Ủy ban nhân dân huyện Đông Hưng',
    shortName: 'UBND huyện Đông Hưng',
    place: 'huyện Đông Hưng',
  },
  { code: 'UBND-TS', name: 'Ủy ban nhân dân huyện Tây Sơn', shortName: 'UBND huyện Tây Sơn', place: 'huyện Tây Sơn' },
  {
    code: 'UBND-NP',
    name: 'Ủy ban nhân dân thị xã Nam Phước',
    shortName: 'UBND TX Nam Phước',
    place: 'thị xã Nam Phước',
  },
] as const;

export const demoAgencies: SeedAgency[] = [
  { code: 'UBND', name: 'Ủy ban nhân dân tỉnh', shortName: 'UBND tỉnh', kind: 'PEOPLES_COMMITTEE' },

  { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường', shortName: 'Sở TN&MT', kind: 'DEPARTMENT' },
  {
    code: 'STNMT-VP',
    name: 'Văn phòng Sở Tài nguyên và Môi trường',
    shortName: 'Văn phòng Sở',
    kind: 'DEPARTMENT',
    parentCode: 'STNMT',
  },
  {
    code: 'STNMT-DD',
    name: 'Phòng Quản lý đất đai',
    shortName: 'Phòng Đất đai',
    kind: 'DEPARTMENT',
    parentCode: 'STNMT',
  },
  {
    code: 'STNMT-KS',
    name: 'Phòng Khoáng sản',
    shortName: 'Phòng Khoáng sản',
    kind: 'DEPARTMENT',
    parentCode: 'STNMT',
  },
  {
    code: 'STNMT-MT',
    name: 'Chi cục Bảo vệ môi trường',
    shortName: 'Chi cục BVMT',
    kind: 'DEPARTMENT',
    parentCode: 'STNMT',
  },
  {
    code: 'STNMT-BHD',
    name: 'Chi cục Biển và Hải đảo',
    shortName: 'Chi cục Biển và Hải đảo',
    kind: 'DEPARTMENT',
    parentCode: 'STNMT',
  },
  {
    code: 'STNMT-TNN',
    name: 'Phòng Tài nguyên nước, Khí tượng thủy văn và Biến đổi khí hậu',
    shortName: 'Phòng TNN & BĐKH',
    kind: 'DEPARTMENT',
    parentCode: 'STNMT',
  },
  {
    code: 'VPDKDD',
    name: 'Văn phòng Đăng ký đất đai',
    shortName: 'VP Đăng ký đất đai',
    kind: 'DEPARTMENT',
    parentCode: 'STNMT',
  },
  ...localities.map<SeedAgency>((l) => ({
    code: `VPDKDD-${l.code.slice('UBND-'.length)}`,
    name: `Chi nhánh Văn phòng Đăng ký đất đai ${l.place}`,
    shortName: `CN VPĐKĐĐ ${l.place}`,
    kind: 'DEPARTMENT',
    parentCode: 'VPDKDD',
  })),

  { code: 'STC', name: 'Sở Tài chính', shortName: 'Sở Tài chính', kind: 'DEPARTMENT' },
  { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', shortName: 'Sở KH&ĐT', kind: 'DEPARTMENT' },
  { code: 'SNV', name: 'Sở Nội vụ', shortName: 'Sở Nội vụ', kind: 'DEPARTMENT' },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', shortName: 'Sở TT&TT', kind: 'DEPARTMENT' },

  { code: 'CTHUE', name: 'Cục Thuế tỉnh', shortName: 'Cục Thuế', kind: 'SECTOR' },

  ...localities.map<SeedAgency>((l) => ({ code: l.code, name: l.name, shortName: l.shortName, kind: 'LOCALITY' })),
];
