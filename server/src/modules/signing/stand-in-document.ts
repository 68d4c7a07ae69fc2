import type { EntityManager } from '@mikro-orm/postgresql';
import PDFDocument from 'pdfkit';
import { sql } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';
import { asciiText } from './ascii-text';

/**
 * A stand-in for the Decree 30 layouts of the documents module (number, title, signer — nothing
 * more), with the same signatures as its renderDecisionPdf and renderConclusionPdf: the lead swaps
 * the import in `document-renderers.ts` for the real ones.
 */
export async function renderDecisionPdf(em: EntityManager, decisionId: string): Promise<Buffer> {
  const [row] = await runQuery(
    em,
    db
      .selectFrom('decisions')
      .select([sql<string>`number || '/QĐ-' || issuer_code`.as('code'), 'title', 'signer_name as signer'])
      .where('id', '=', decisionId),
  );
  if (!row) throw new Error(`no decision ${decisionId}`);
  return renderPage(['QUYẾT ĐỊNH', `Số: ${row.code}`, row.title, row.signer]);
}

export async function renderConclusionPdf(em: EntityManager, meetingId: string): Promise<Buffer> {
  const [row] = await runQuery(
    em,
    db
      .selectFrom('meetings as m')
      .leftJoin('users as u', 'u.id', 'm.published_by_id')
      .select([
        sql<string>`coalesce(m.conclusion_code, '')`.as('code'),
        'm.title',
        sql<string>`coalesce(u.full_name, '')`.as('signer'),
      ])
      .where('m.id', '=', meetingId),
  );
  if (!row) throw new Error(`no meeting ${meetingId}`);
  return renderPage(['THÔNG BÁO KẾT LUẬN', `Số: ${row.code}`, row.title, row.signer]);
}

/** pdfkit's built-in Helvetica has no Vietnamese glyphs: the stand-in prints the letters bare. */
function renderPage(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const line of lines) doc.fontSize(13).text(asciiText(line), { align: 'center' }).moveDown();
    doc.end();
  });
}
