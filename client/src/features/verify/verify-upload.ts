import type { MessageKey } from '../../kit/messages/vi';

/** The server's verdict on an uploaded file (POST /documents/verify). */
export interface Verification {
  genuine: boolean;
  code:
    | 'GENUINE'
    | 'NOT_PDF'
    | 'NOT_SIGNED'
    | 'SIGNATURE_INVALID'
    | 'MODIFIED_AFTER_SIGNING'
    | 'UNTRUSTED_SIGNER'
    | 'UNKNOWN_DOCUMENT';
  kind: 'DECISION' | 'CONCLUSION' | null;
  recordId: string | null;
  number: string | null;
  title: string | null;
  signerName: string | null;
  signedAt: string | null;
}

export type VerifyOutcome = { ok: true; verification: Verification } | { ok: false; message: MessageKey };

/** The file is the body (as a PDF, whatever the picker says); the session cookie authenticates. */
export async function verifyUpload(file: File): Promise<VerifyOutcome> {
  let response: Response;
  try {
    response = await fetch('/documents/verify', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/pdf' },
      body: file,
    });
  } catch {
    return { ok: false, message: 'error.NETWORK' };
  }
  if (response.ok) return { ok: true, ...((await response.json()) as { verification: Verification }) };
  if (response.status === 413) return { ok: false, message: 'verify.tooLarge' };
  return { ok: false, message: response.status === 401 ? 'error.UNAUTHENTICATED' : 'error.UNKNOWN' };
}
