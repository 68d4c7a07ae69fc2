import fs from 'node:fs';

/**
 * What differs from one province to another in its documents: the standing legal bases, who the
 * decision speaks as, and the standing recipients. Defaults here; an operator overrides any of them
 * with a JSON file (DOCUMENT_PROFILE_FILE). The issuer and place of a decision come from the record.
 */
export interface DocumentProfile {
  /** As in "TỈNH HÒA BÌNH" (PROVINCE_NAME unless the file says). */
  provinceName: string;
  /** Who decides: the Committee ("ỦY BAN NHÂN DÂN TỈNH …") or its Chair ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"). */
  authority: 'COMMITTEE' | 'CHAIR';
  /** "Căn cứ …;" lines every decision starts with, before those taken from the record. */
  legalBases: string[];
  /** Điều 3: who carries the decision out, before the agencies of the proposal. */
  executorsLead: string;
  /** Recipients every document adds after the named agencies ("Thường trực Tỉnh ủy;" …). */
  standingRecipients: string[];
  /** The archive line's units: "Lưu: VT, KTTH." */
  archive: string;
  /** Who signs a conclusion notice when the publisher's title says nothing more specific. */
  conclusionSigningForm: string;
}

export const DEFAULT_LEGAL_BASES = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
  'Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;',
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
];

export function defaultProfile(provinceName: string): DocumentProfile {
  return {
    provinceName,
    authority: 'COMMITTEE',
    legalBases: DEFAULT_LEGAL_BASES,
    executorsLead: 'Chánh Văn phòng Ủy ban nhân dân tỉnh',
    standingRecipients: ['Thường trực Tỉnh ủy (b/c);', 'Thường trực HĐND tỉnh (b/c);', 'Chủ tịch, các PCT UBND tỉnh;'],
    archive: 'VT',
    conclusionSigningForm: 'TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG',
  };
}

const STRING_LISTS = ['legalBases', 'standingRecipients'] as const;
const STRINGS = ['provinceName', 'executorsLead', 'archive', 'conclusionSigningForm'] as const;

/**
 * The defaults, overridden by the JSON file at `file` (if any). A wrong file stops the server at
 * start, naming the field: a province would rather not issue documents with the wrong legal bases.
 */
export function loadDocumentProfile(provinceName: string, file: string | null): DocumentProfile {
  const profile = defaultProfile(provinceName);
  if (!file) return profile;
  const given: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new Error(`${file}: a document profile is a JSON object`);
  const fields = given as Record<string, unknown>;
  const known = new Set<string>([...STRING_LISTS, ...STRINGS, 'authority']);
  for (const [name, value] of Object.entries(fields)) {
    if (!known.has(name)) throw new Error(`${file}: unknown field "${name}"`);
    const ok =
      name === 'authority'
        ? value === 'COMMITTEE' || value === 'CHAIR'
        : (STRING_LISTS as readonly string[]).includes(name)
          ? Array.isArray(value) && value.every((line) => typeof line === 'string' && line.trim() !== '')
          : typeof value === 'string' && value.trim() !== '';
    if (!ok) throw new Error(`${file}: "${name}" has the wrong form`);
  }
  return { ...profile, ...(fields as Partial<DocumentProfile>) };
}

/** The profile documents are rendered with: set once at start (app.ts), the defaults until then. */
let active: DocumentProfile = defaultProfile('Hòa Bình');

export const setDocumentProfile = (profile: DocumentProfile): void => {
  active = profile;
};

export const activeDocumentProfile = (): DocumentProfile => active;
