import type { Template } from './template';

export const signingMessages = {
  'document.uploadNotPdf': {
    vi: 'Hãy gửi một tệp PDF (Content-Type: application/pdf).',
    en: 'Send a PDF file (Content-Type: application/pdf).',
  },
} as const satisfies Record<string, Template>;
