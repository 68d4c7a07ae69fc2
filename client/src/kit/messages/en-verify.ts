import type { viVerify } from './vi-verify';

// Digital signatures: the signed status of a decision and the "Verify a document" page; spread into `en`.
export const enVerify: Record<keyof typeof viVerify, string> = {
  'signed.heading': 'Digitally signed copy',
  'signed.by': 'Signed by {signer} at {time}',
  'signed.hash': 'SHA-256: {hash}',
  'signed.certificate': 'Certificate: {subject}',
  'signed.none': 'This decision has no digitally signed copy.',
  'verify.link': 'Verify a document',
  'verify.title': 'Verify a document',
  'verify.intro':
    'Upload the PDF of a decision or a conclusion notice to check its digital signature against the copy stored when it was issued.',
  'verify.file': 'PDF file',
  'verify.submit': 'Verify',
  'verify.checking': 'Checking…',
  'verify.genuine': 'Genuine document — {document} No. {number}, signed by {signer} at {time}',
  'verify.genuineTitle': 'Subject: {title}',
  'verify.notGenuine': 'Not a genuine document',
  'verify.kind.DECISION': 'Decision',
  'verify.kind.CONCLUSION': 'Conclusion notice',
  'verify.reason.NOT_PDF': 'The file is not a PDF.',
  'verify.reason.NOT_SIGNED': 'The file has no digital signature.',
  'verify.reason.SIGNATURE_INVALID':
    'The signature does not match the content: the document was changed after signing.',
  'verify.reason.MODIFIED_AFTER_SIGNING': 'Content was added to the document after it was signed.',
  'verify.reason.UNTRUSTED_SIGNER': "The signature was not issued by the province's signing authority.",
  'verify.reason.UNKNOWN_DOCUMENT': 'The signature is valid, but the file matches no document this system issued.',
  'verify.signedBy': 'Signature in the file: {signer}, at {time}',
  'verify.tooLarge': 'The file is too large.',
};
