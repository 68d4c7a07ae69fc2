import { AgencyKind } from '../agencies';
import { CATEGORY_LABELS, DOMAIN_LABELS, GROUP_LABELS, type GroupCounts } from '../tasks';
import { committeeName } from './conclusion-document';
import type { DocumentProfile } from './document-profile';
import {
  committeeIssuer,
  dateWords,
  documentMoment,
  paragraph,
  shortDate,
  type Block,
  type OfficialDocument,
} from './official-document';
import type { ReportDocumentData } from './report-document.data';

const ROMAN = ['I', 'II', 'III', 'IV'];

const COUNT_COLUMNS = [
  { title: 'Tổng số', width: 1 },
  { title: 'Hoàn thành đúng hạn', width: 1.3 },
  { title: 'Hoàn thành quá hạn', width: 1.3 },
  { title: 'Chưa hoàn thành, trong hạn', width: 1.4 },
  { title: 'Chưa hoàn thành, quá hạn', width: 1.4 },
  { title: 'Tỷ lệ hoàn thành', width: 1.1 },
];

const countCells = (c: GroupCounts) => [
  String(c.total),
  String(c.completedOnTime),
  String(c.completedLate),
  String(c.notDoneWithinDeadline),
  String(c.notDoneOverdue),
  c.total ? `${Math.round((c.completed * 100) / c.total)}%` : '–',
];

function countsTable(heading: string, rows: { label: string; counts: GroupCounts }[], totals: GroupCounts): Block {
  return {
    type: 'table',
    columns: [{ title: heading, width: 3.4 }, ...COUNT_COLUMNS],
    rows: [...rows.map((r) => [r.label, ...countCells(r.counts)]), ['Tổng cộng', ...countCells(totals)]],
    boldLastRow: true,
  };
}

/** Who signs an agency's report: a department's director, a locality's chair, otherwise its head. */
const agencySigner = (kind: AgencyKind) =>
  kind === AgencyKind.DEPARTMENT
    ? ['GIÁM ĐỐC']
    : kind === AgencyKind.LOCALITY
      ? ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']
      : ['THỦ TRƯỞNG CƠ QUAN'];

/**
 * The quarterly report (the report page's content) in the Decree 30 layout. A report is not a
 * signed record: its number is left blank ("Số:      /BC-UBND") for the clerk to fill at issue, as
 * drafts are, and it is dated the day its figures are counted to.
 */
export function reportDocument({ stats, unfinished }: ReportDocumentData, profile: DocumentProfile): OfficialDocument {
  const { agency, period, counts } = stats;
  const quarter = `quý ${ROMAN[period.quarter - 1]} năm ${period.year}`;
  const whose = agency ? `của ${agency.name}` : 'của các cơ quan, đơn vị trên địa bàn tỉnh';
  const subject = `Kết quả thực hiện nhiệm vụ ${quarter}`;
  const sections: Block[] = [
    {
      type: 'paragraph',
      runs: [{ text: `(Số liệu tính đến ngày ${shortDate(stats.asOf)})`, italic: true }],
      align: 'center',
    },
    { type: 'heading', text: 'I. KẾT QUẢ CHUNG' },
    paragraph(
      `Tổng số ${counts.total} nhiệm vụ: hoàn thành đúng hạn ${counts.completedOnTime}; hoàn thành quá hạn ${counts.completedLate}; chưa hoàn thành, trong hạn ${counts.notDoneWithinDeadline}; chưa hoàn thành, quá hạn ${counts.notDoneOverdue}.`,
    ),
    { type: 'heading', text: 'II. KẾT QUẢ THEO LOẠI NHIỆM VỤ' },
    countsTable(
      'Loại nhiệm vụ',
      stats.byCategory.map((r) => ({ label: CATEGORY_LABELS[r.category], counts: r.counts })),
      counts,
    ),
    { type: 'heading', text: 'III. KẾT QUẢ THEO LĨNH VỰC' },
    countsTable(
      'Lĩnh vực',
      stats.byDomain.map((r) => ({ label: DOMAIN_LABELS[r.domain], counts: r.counts })),
      counts,
    ),
    ...(agency
      ? []
      : [
          { type: 'heading', text: 'IV. KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ' } as const,
          countsTable(
            'Cơ quan, đơn vị',
            stats.byAgency.map((r) => ({ label: r.agency.name, counts: r.counts })),
            counts,
          ),
        ]),
    { type: 'heading', text: `${agency ? 'IV' : 'V'}. DANH SÁCH NHIỆM VỤ CHƯA HOÀN THÀNH` },
    unfinished.length
      ? {
          type: 'table',
          columns: [
            { title: 'Mã', width: 2.2 },
            { title: 'Nhiệm vụ', width: 4 },
            ...(agency ? [] : [{ title: 'Cơ quan', width: 1.4 }]),
            { title: 'Hạn', width: 1.3 },
            { title: 'Tình trạng', width: 1.6 },
          ],
          rows: unfinished.map((t) => [
            t.code,
            t.title,
            ...(agency ? [] : [t.ownerAgency.shortName]),
            shortDate(t.dueDate),
            t.group ? GROUP_LABELS[t.group] : '',
          ]),
        }
      : paragraph('Không có nhiệm vụ chưa hoàn thành.'),
  ];
  const committee = committeeName(profile);
  return {
    issuer: agency
      ? {
          parent: `UBND TỈNH ${profile.provinceName.toLocaleUpperCase('vi')}`,
          name: agency.name.toLocaleUpperCase('vi'),
        }
      : committeeIssuer(committee),
    numberLine: `Số:        /BC-${agency ? agency.code : 'UBND'}`,
    placeDateLine: `${profile.provinceName}, ${dateWords(stats.asOf)}`,
    kind: 'BÁO CÁO',
    subject: [subject, whose],
    body: sections,
    signature: { lines: agency ? agencySigner(agency.kind) : ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: null },
    recipients: [
      ...(agency
        ? ['UBND tỉnh (b/c);', 'Văn phòng UBND tỉnh;']
        : [...profile.standingRecipients, 'Các sở, ban, ngành, địa phương;']),
      `Lưu: ${profile.archive}.`,
    ],
    meta: {
      title: `Báo cáo ${subject}`,
      subject: `${subject} ${whose}`,
      author: agency?.name ?? committee,
      date: documentMoment(stats.asOf),
    },
  };
}
