export { configureSigning } from './signing.settings';
export type { SigningSettings } from './signing.settings';
export type { SignerIdentity } from './local-ca';
export { signPdf } from './pdf-signature';
export { SignedDocument, SignedDocumentKind } from './signed-document.entity';
export { DOCUMENT_SIGNED, signIssuedRecord, storedSignedDocument } from './signed-documents';
export type { IssuedRecord } from './signed-documents';
