import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DecisionKind, DecisionOutcome } from '../decisions';
import { conclusionSigningForm } from './conclusion-document';
import { decisionDocument } from './decision-document';
import type { DecisionDocumentData } from './decision-document.data';
import { defaultProfile, loadDocumentProfile } from './document-profile';
import { asciiFileName, committeeIssuer, dateWords, numberedFileName } from './official-document';

const profileFile = (content: unknown) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lt-profile-')), 'profile.json');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
};

const decision = (overrides: Partial<DecisionDocumentData> = {}): DecisionDocumentData => ({
  decision: {
    number: 7,
    year: 2023,
    numberText: '7/QĐ-UBND',
    issuerName: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
    place: 'Quảng Nam',
    kind: DecisionKind.APPROVAL,
    outcome: DecisionOutcome.APPROVED,
    title: 'Về việc bố trí kinh phí số hóa hồ sơ địa chính',
    lines: [
      {
        itemId: 'i-1',
        kind: 'FUNDING',
        description: 'Kinh phí số hóa',
        unit: 'gói',
        requestedQuantity: 1,
        requestedAmount: 1500000000n,
        grantedQuantity: 1,
        grantedAmount: 1500000000n,
      },
    ],
    totalGranted: 1500000000n,
    conditions: 'Quyết toán theo quy định.',
    signerName: 'Lê Huyền',
    signingForm: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    // 23:30 UTC on 29/3 is 30/3 in the province
    signedAt: new Date('2023-03-29T23:30:00Z'),
    effectiveDate: '2023-03-30',
  },
  amends: null,
  proposal: {
    code: 'ĐX-2023-0001',
    submittedAt: '2023-03-20T02:00:00Z',
    agencyName: 'Sở Tài nguyên và Môi trường',
    appraisals: [{ agencyName: 'Sở Tài chính', appraisedAt: '2023-03-25T02:00:00Z' }],
  },
  ...overrides,
});

const allText = (doc: ReturnType<typeof decisionDocument>) =>
  [doc.issuer.name, doc.numberLine, doc.placeDateLine, doc.kind, ...doc.subject]
    .concat(doc.body.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [])))
    .join('\n');

describe('the province document profile', () => {
  it('defaults to the Committee deciding, with the standing legal bases', () => {
    const text = allText(decisionDocument(decision(), defaultProfile('Quảng Nam')));
    expect(text).toContain('Quảng Nam, ngày 30 tháng 3 năm 2023');
    expect(text).toContain('\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n');
    expect(text).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015');
    expect(text).toContain(
      'Xét đề nghị của Sở Tài nguyên và Môi trường tại Đề xuất số ĐX-2023-0001 ngày 20/3/2023 và ý kiến thẩm định của Sở Tài chính (ngày 25/3/2023).',
    );
    expect(text).toContain('1.500.000.000 đồng (Bằng chữ: Một tỷ năm trăm triệu đồng)');
  });

  it("takes a JSON file: the Chair decides, with the province's own bases", () => {
    const profile = loadDocumentProfile(
      'Quảng Nam',
      profileFile({ authority: 'CHAIR', legalBases: ['Căn cứ Quyết định số 01/2021/QĐ-UBND của UBND tỉnh;'] }),
    );
    const text = allText(decisionDocument(decision(), profile));
    expect(text).toContain('\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n');
    expect(text).toContain('Căn cứ Quyết định số 01/2021/QĐ-UBND của UBND tỉnh;');
    expect(text).not.toContain('Căn cứ Luật Ngân sách nhà nước');
    expect(profile.standingRecipients).toEqual(defaultProfile('Quảng Nam').standingRecipients);
  });

  it('refuses a wrong file at start, naming the field', () => {
    expect(() => loadDocumentProfile('X', profileFile({ legalBasis: [] }))).toThrow('unknown field "legalBasis"');
    expect(() => loadDocumentProfile('X', profileFile({ authority: 'GOVERNOR' }))).toThrow(
      '"authority" has the wrong form',
    );
    expect(() => loadDocumentProfile('X', profileFile({ legalBases: ['', 3] }))).toThrow(
      '"legalBases" has the wrong form',
    );
    expect(() => loadDocumentProfile('X', profileFile([1]))).toThrow('a document profile is a JSON object');
  });
});

describe('document helpers', () => {
  it('writes dates as Decree 30 does: a leading zero for days below 10 and for January and February', () => {
    expect(dateWords('2023-03-05')).toBe('ngày 05 tháng 3 năm 2023');
    expect(dateWords('2023-02-14')).toBe('ngày 14 tháng 02 năm 2023');
    expect(dateWords('2023-12-31')).toBe('ngày 31 tháng 12 năm 2023');
  });

  it('prints the Committee on two lines and names files in ASCII for old clients', () => {
    expect(committeeIssuer('ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH').name).toBe('ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH');
    expect(numberedFileName('12/QĐ-UBND', 2023)).toBe('QĐ-12-UBND-2023');
    expect(numberedFileName('3/TB-UBND', 2023)).toBe('TB-3-UBND-2023');
    expect(asciiFileName('QĐ-12-UBND-2023.pdf')).toBe('QD-12-UBND-2023.pdf');
    expect(asciiFileName('BC-quý-1-2023-STNMT.docx')).toBe('BC-quy-1-2023-STNMT.docx');
  });

  it('signs a conclusion notice in the capacity the publisher holds', () => {
    const profile = defaultProfile('Hòa Bình');
    expect(conclusionSigningForm('Phó Chủ tịch UBND tỉnh', profile)).toBe('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
    expect(conclusionSigningForm('Chủ tịch UBND tỉnh', profile)).toBe('CHỦ TỊCH');
    expect(conclusionSigningForm('Chánh Văn phòng UBND tỉnh', profile)).toBe('TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG');
  });
});
