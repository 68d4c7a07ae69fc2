import type { ConclusionDocumentData } from './conclusion-document.data';
import type { DocumentProfile } from './document-profile';
import {
  bold,
  committeeIssuer,
  dateWords,
  documentMoment,
  paragraph,
  shortDate,
  signingLines,
  textParagraphs,
  type OfficialDocument,
} from './official-document';

/** The Committee's name at the head of its documents. */
export const committeeName = (profile: DocumentProfile): string =>
  `ỦY BAN NHÂN DÂN TỈNH ${profile.provinceName.toLocaleUpperCase('vi')}`;

/**
 * Who signs the notice, from the publisher's title: the Chair signs as such, a vice-chair for the
 * Chair (KT.), anyone else by order of the Chair (TL., the profile's form by default).
 */
export function conclusionSigningForm(publisherTitle: string, profile: DocumentProfile): string {
  if (/^phó chủ tịch/i.test(publisherTitle)) return 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH';
  if (/^chủ tịch/i.test(publisherTitle)) return 'CHỦ TỊCH';
  if (/chánh văn phòng/i.test(publisherTitle)) return profile.conclusionSigningForm;
  return `TL. CHỦ TỊCH / ${publisherTitle.split(/[,(]/)[0].trim()}`;
}

/** "Phó Chủ tịch UBND tỉnh Lê Huyền". */
const person = (p: { title: string; fullName: string }) => `${p.title} ${p.fullName}`;

/** A conclusion notice (thông báo kết luận) in the Decree 30 layout, from the published record alone. */
export function conclusionDocument(data: ConclusionDocumentData, profile: DocumentProfile): OfficialDocument {
  const withWhom = data.reviewedAgency ?? data.title;
  const subject = `Kết luận của ${person(data.chair)} tại buổi làm việc với ${withWhom}`;
  const attending = data.attendees.trim().replace(/\.$/, '') || data.attendingAgencies.join('; ');
  return {
    issuer: committeeIssuer(committeeName(profile)),
    numberLine: `Số: ${data.code}`,
    placeDateLine: `${profile.provinceName}, ${dateWords(data.publishedOn)}`,
    kind: 'THÔNG BÁO',
    subject: [subject],
    body: [
      paragraph(
        `Ngày ${shortDate(data.heldOn)}, ${person(data.chair)} chủ trì buổi làm việc với ${withWhom}. Nội dung: ${data.title}. Tham dự buổi làm việc có: ${attending}.`,
      ),
      ...textParagraphs(data.summary).map((text) => paragraph(text)),
      paragraph(`Sau khi nghe báo cáo và ý kiến của các đại biểu, ${person(data.chair)} kết luận như sau:`),
      ...textParagraphs(data.conclusion).map((text) => paragraph(text)),
      ...(data.directives.length ? [paragraph(bold('Giao nhiệm vụ cụ thể như sau:'))] : []),
      ...data.directives.map((d, i) =>
        paragraph(`${i + 1}. ${d.content.trim().replace(/[.;]$/, '')}. `, {
          text: `Giao ${d.agency} chủ trì${d.supporting.length ? `, phối hợp với ${d.supporting.join(', ')}` : ''}; thời hạn hoàn thành: ${shortDate(d.dueDate)}.`,
          italic: true,
        }),
      ),
      paragraph(`Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.`),
    ],
    signature: {
      lines: signingLines(conclusionSigningForm(data.publisher.title, profile)),
      name: data.publisher.fullName,
    },
    recipients: [
      ...[data.reviewedAgency, ...data.attendingAgencies, ...data.directives.map((d) => d.agency)]
        .filter((name, i, all): name is string => Boolean(name) && all.indexOf(name) === i)
        .map((name) => `${name};`),
      ...profile.standingRecipients,
      `Lưu: ${profile.archive}.`,
    ],
    meta: {
      title: `Thông báo số ${data.code}`,
      subject,
      author: committeeName(profile),
      date: documentMoment(data.publishedOn),
    },
  };
}
