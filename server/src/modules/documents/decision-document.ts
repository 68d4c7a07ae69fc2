import { provinceDate } from '../../shared/clock';
import { DecisionKind, DecisionOutcome, type DecisionLineView } from '../decisions';
import type { CitedDecision, DecisionDocumentData } from './decision-document.data';
import type { DocumentProfile } from './document-profile';
import {
  bold,
  committeeIssuer,
  dateWords,
  paragraph,
  shortDate,
  signingLines,
  textParagraphs,
  type Block,
  type OfficialDocument,
} from './official-document';
import { amountText, vietnameseFigures } from './vietnamese-numbers';

/** "Quyết định số 12/QĐ-UBND ngày 20 tháng 4 năm 2023 của Ủy ban nhân dân tỉnh": how a later decision names it. */
const citation = (cited: CitedDecision, place: string) =>
  `Quyết định số ${cited.numberText} ${dateWords(provinceDate(new Date(cited.signedAt)))} của Ủy ban nhân dân tỉnh ${place}`;

/** "Về việc …" unless the title already says so. */
const subjectOf = (title: string) => (/^về việc/i.test(title.trim()) ? title.trim() : `Về việc ${title.trim()}`);

/** A decision in the Decree 30 layout, from the record alone (no clock: re-rendering prints the same text). */
export function decisionDocument(data: DecisionDocumentData, profile: DocumentProfile): OfficialDocument {
  const { decision } = data;
  const issued = provinceDate(decision.signedAt);
  const authority = profile.authority === 'CHAIR' ? `CHỦ TỊCH ${decision.issuerName}` : decision.issuerName;
  const agencies = [data.proposal?.agencyName, ...(data.proposal?.appraisals.map((a) => a.agencyName) ?? [])].filter(
    (name): name is string => Boolean(name),
  );
  const numberText = decision.numberText;
  return {
    issuer: committeeIssuer(decision.issuerName),
    numberLine: `Số: ${numberText}`,
    placeDateLine: `${decision.place}, ${dateWords(issued)}`,
    kind: 'QUYẾT ĐỊNH',
    subject: [subjectOf(decision.title)],
    body: [
      { type: 'paragraph', runs: [bold(authority)], align: 'center' },
      ...legalBases(data, profile).map((basis) => paragraph({ text: basis, italic: true })),
      { type: 'paragraph', runs: [bold('QUYẾT ĐỊNH:')], align: 'center' },
      ...articles(data),
      paragraph(
        bold('Điều 3. '),
        `${profile.executorsLead}, ${[...new Set(agencies)].map((name) => `Thủ trưởng ${name}`).join(', ')}${agencies.length ? ' và ' : ''}thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
      ),
    ],
    signature: { lines: signingLines(decision.signingForm), name: decision.signerName },
    recipients: ['Như Điều 3;', ...profile.standingRecipients, `Lưu: ${profile.archive}.`],
    meta: {
      title: `Quyết định số ${numberText}`,
      subject: subjectOf(decision.title),
      author: decision.issuerName,
      date: decision.signedAt,
    },
  };
}

/** The standing bases of the province, then those of this record: the decision it changes, the proposal and its appraisals. */
function legalBases(data: DecisionDocumentData, profile: DocumentProfile): string[] {
  const { decision } = data;
  const bases = [...profile.legalBases];
  if (data.amends)
    bases.push(`Căn cứ ${citation(data.amends, decision.place)} ${lowerFirst(subjectOf(data.amends.title))};`);
  const proposal = data.proposal;
  if (proposal) {
    const submitted = proposal.submittedAt ? ` ngày ${shortDate(provinceDate(new Date(proposal.submittedAt)))}` : '';
    const appraised = proposal.appraisals.length
      ? ` và ý kiến thẩm định của ${proposal.appraisals
          .map((a) => `${a.agencyName} (ngày ${shortDate(provinceDate(new Date(a.appraisedAt)))})`)
          .join(', ')}`
      : '';
    bases.push(
      `Xét đề nghị của ${proposal.agencyName} tại Đề xuất số ${proposal.code ?? '…'}${submitted}${appraised}.`,
    );
  }
  return bases;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

function articles(data: DecisionDocumentData): Block[] {
  const { decision } = data;
  const effective = `Quyết định này có hiệu lực kể từ ngày ${shortDate(decision.effectiveDate)}.`;
  const cited = data.amends ? citation(data.amends, decision.place) : '';
  const reason = textParagraphs(decision.conditions);
  if (decision.kind === DecisionKind.REVOCATION) {
    return [
      paragraph(bold('Điều 1. '), `Bãi bỏ ${cited} ${lowerFirst(subjectOf(data.amends?.title ?? ''))}.`),
      ...reason.map((text) => paragraph(`Lý do: ${text}`)),
      paragraph(bold('Điều 2. '), effective),
    ];
  }
  const agency = data.proposal?.agencyName ?? '';
  const opening =
    decision.kind === DecisionKind.AMENDMENT
      ? `Sửa đổi Điều 1 ${cited} như sau: cấp cho ${agency} các nội dung sau:`
      : decision.outcome === DecisionOutcome.REJECTED
        ? `Không chấp thuận đề xuất số ${data.proposal?.code ?? ''} của ${agency}.`
        : `${decision.outcome === DecisionOutcome.PARTIALLY_APPROVED ? 'Chấp thuận một phần' : 'Chấp thuận'} đề xuất số ${data.proposal?.code ?? ''} của ${agency}, cụ thể như sau:`;
  const granted =
    decision.outcome === DecisionOutcome.REJECTED ? [] : decision.lines.filter((l) => l.grantedQuantity > 0);
  return [
    paragraph(bold('Điều 1. '), opening),
    ...granted.map((line, i) => paragraph(`${i + 1}. ${lineText(line)}`)),
    ...(decision.totalGranted > 0n && decision.outcome !== DecisionOutcome.REJECTED
      ? [paragraph(bold('Tổng kinh phí: '), `${amountText(decision.totalGranted)}.`)]
      : []),
    ...reason.map((text) => paragraph(text)),
    paragraph(
      bold('Điều 2. '),
      decision.kind === DecisionKind.AMENDMENT
        ? `Các nội dung khác của ${cited} giữ nguyên hiệu lực. ${effective}`
        : effective,
    ),
  ];
}

/** "Kinh phí hoạt động: 1 gói, 1.500.000.000 đồng (Bằng chữ: …)". */
function lineText(line: DecisionLineView): string {
  const quantity = `${vietnameseFigures(BigInt(line.grantedQuantity))} ${line.unit}`;
  const amount = line.grantedAmount === null ? '' : `, kinh phí ${amountText(line.grantedAmount)}`;
  const partly =
    line.grantedQuantity < line.requestedQuantity ? ` (đề nghị ${line.requestedQuantity} ${line.unit})` : '';
  return `${line.description}: ${quantity}${partly}${amount};`;
}
