import type { MessageKey } from '../../kit/messages/vi';

/** Types the server stores (anything else is refused); offered to the file picker. */
export const ACCEPTED_FILE_TYPES = [
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.odt',
  '.ods',
  '.zip',
  '.png',
  '.jpg',
  '.jpeg',
  '.txt',
  '.csv',
].join(',');

export type UploadOutcome = { ok: true } | { ok: false; message: MessageKey };

interface ErrorBody {
  errors?: { extensions?: { code?: string; fields?: { field?: string; code?: string }[] } }[];
}

const KNOWN_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const;

function messageFor(status: number, body: ErrorBody | null): MessageKey {
  if (status === 413) return 'attachments.tooLarge';
  const extensions = body?.errors?.[0]?.extensions;
  const fields = extensions?.fields ?? [];
  if (fields.some((f) => f.field === 'contentType')) return 'attachments.typeNotAllowed';
  if (fields.some((f) => f.field === 'fileName')) return 'attachments.badName';
  const code = extensions?.code;
  return (KNOWN_CODES as readonly (string | undefined)[]).includes(code)
    ? `error.${code as (typeof KNOWN_CODES)[number]}`
    : 'error.UNKNOWN';
}

/**
 * Bytes go over plain HTTP, not GraphQL: the file is the body, its type the Content-Type and its
 * name the (URI-encoded) X-File-Name header. The session cookie authenticates the upload.
 */
export async function uploadAttachment(requestId: string, file: File): Promise<UploadOutcome> {
  let response: Response;
  try {
    response = await fetch(`/files/requests/${encodeURIComponent(requestId)}/attachments`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': file.type || 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    return { ok: false, message: 'error.NETWORK' };
  }
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  return { ok: false, message: messageFor(response.status, body) };
}
