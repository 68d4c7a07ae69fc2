import PDFDocument from 'pdfkit';
import { documentFonts, fontStyle, type FontStyle } from './fonts';
import { composed, MOTTO, NATION, type Block, type OfficialDocument, type Run } from './official-document';

/** Points per millimetre. */
const MM = 72 / 25.4;
/** Nghị định 30, Phụ lục I: A4; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const A4 = { width: 595.28, height: 841.89 };
const WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** Body 14 pt, first lines indented 1 cm, 6 pt between paragraphs. */
const SIZE = { body: 14, head: 13, nation: 12, recipientsTitle: 12, recipients: 11, table: 12 };
const INDENT = 10 * MM;
const PARAGRAPH_GAP = 6;
const LINE_GAP = 1.5;
/** The head's two columns: the issuer on the left, the national motto on the right. */
const HEAD_LEFT = WIDTH * 0.42;
/** The foot's two columns: recipients on the left, the signature on the right. */
const FOOT_LEFT = WIDTH * 0.45;

type Doc = InstanceType<typeof PDFDocument>;

/** Draws a document on A4 with Tinos embedded (subset); resolves with the finished file. */
export function writePdf(given: OfficialDocument): Promise<Buffer> {
  const document = composed(given);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: document.meta.title,
      Subject: document.meta.subject,
      Author: document.meta.author,
      Creator: 'Liên thông',
      CreationDate: document.meta.date,
      ModDate: document.meta.date,
    },
  });
  const fonts = documentFonts();
  for (const style of Object.keys(fonts) as FontStyle[]) doc.registerFont(style, fonts[style]);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawHead(doc, document);
  drawTitle(doc, document);
  for (const block of document.body) drawBlock(doc, block);
  drawFoot(doc, document);
  numberPages(doc);
  doc.end();
  return done;
}

function centred(doc: Doc, text: string, x: number, width: number, style: FontStyle, size: number): void {
  doc.font(style).fontSize(size).text(text, x, doc.y, { width, align: 'center', lineGap: LINE_GAP });
}

/** A rule under centred text: `ratio` of the column, centred. */
function rule(doc: Doc, x: number, width: number, ruleWidth: number): void {
  const y = doc.y + 1;
  doc
    .moveTo(x + (width - ruleWidth) / 2, y)
    .lineTo(x + (width + ruleWidth) / 2, y)
    .lineWidth(0.6)
    .stroke();
  doc.y = y + 4;
}

function drawHead(doc: Doc, document: OfficialDocument): void {
  const top = MARGINS.top;
  const left = MARGINS.left;
  const rightX = left + HEAD_LEFT;
  const rightWidth = WIDTH - HEAD_LEFT;

  doc.y = top;
  if (document.issuer.parent) centred(doc, document.issuer.parent, left, HEAD_LEFT, 'regular', SIZE.head);
  centred(doc, document.issuer.name, left, HEAD_LEFT, 'bold', SIZE.head);
  rule(doc, left, HEAD_LEFT, HEAD_LEFT / 3);
  const leftBottom = doc.y;

  doc.y = top;
  centred(doc, NATION, rightX, rightWidth, 'bold', SIZE.nation);
  centred(doc, MOTTO, rightX, rightWidth, 'bold', SIZE.head + 1);
  rule(
    doc,
    rightX,
    rightWidth,
    doc
      .font('bold')
      .fontSize(SIZE.head + 1)
      .widthOfString(MOTTO),
  );
  const rightBottom = doc.y;

  // "Số: …" and the place and date stand on one line across the two columns
  const y = Math.max(leftBottom, rightBottom) + 4;
  doc.y = y;
  centred(doc, document.numberLine, left, HEAD_LEFT, 'regular', SIZE.head);
  const afterNumber = doc.y;
  doc.y = y;
  centred(doc, document.placeDateLine, rightX, rightWidth, 'italic', SIZE.body);
  doc.y = Math.max(afterNumber, doc.y) + 18;
}

function drawTitle(doc: Doc, document: OfficialDocument): void {
  centred(doc, document.kind, MARGINS.left, WIDTH, 'bold', SIZE.body);
  for (const line of document.subject) centred(doc, line, MARGINS.left, WIDTH, 'bold', SIZE.body);
  rule(doc, MARGINS.left, WIDTH, WIDTH / 4);
  doc.y += 10;
}

function drawBlock(doc: Doc, block: Block): void {
  if (block.type === 'heading') {
    doc
      .font('bold')
      .fontSize(SIZE.body)
      .text(block.text, MARGINS.left, doc.y, { width: WIDTH, paragraphGap: PARAGRAPH_GAP, lineGap: LINE_GAP });
    return;
  }
  if (block.type === 'table') {
    drawTable(doc, block);
    return;
  }
  drawRuns(doc, block.runs, block.align ?? 'justify');
}

function drawRuns(doc: Doc, runs: Run[], align: 'center' | 'justify'): void {
  runs.forEach((run, i) => {
    const last = i === runs.length - 1;
    const options = {
      width: WIDTH,
      align,
      continued: !last,
      lineGap: LINE_GAP,
      paragraphGap: PARAGRAPH_GAP,
      indent: align === 'justify' ? INDENT : 0,
    };
    doc.font(fontStyle(run)).fontSize(SIZE.body);
    if (i === 0) doc.text(run.text, MARGINS.left, doc.y, options);
    else doc.text(run.text, options);
  });
}

/** A table of figures with ruled cells; rows move to the next page whole. */
function drawTable(doc: Doc, table: Extract<Block, { type: 'table' }>): void {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => (c.width / total) * WIDTH);
  const padding = 3;
  const drawRow = (cells: string[], style: FontStyle) => {
    doc.font(style).fontSize(SIZE.table);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 2 * padding }))) + 2 * padding;
    if (doc.y + height > A4.height - MARGINS.bottom) doc.addPage();
    const y = doc.y;
    let x = MARGINS.left;
    cells.forEach((cell, i) => {
      doc.rect(x, y, widths[i], height).lineWidth(0.5).stroke();
      doc.text(cell, x + padding, y + padding, { width: widths[i] - 2 * padding, align: i === 0 ? 'left' : 'center' });
      x += widths[i];
    });
    doc.x = MARGINS.left;
    doc.y = y + height;
  };
  drawRow(
    table.columns.map((c) => c.title),
    'bold',
  );
  table.rows.forEach((row, i) => drawRow(row, table.boldLastRow && i === table.rows.length - 1 ? 'bold' : 'regular'));
  doc.y += PARAGRAPH_GAP * 2;
}

/** Recipients bottom left and the signature bottom right, side by side, kept together on one page. */
function drawFoot(doc: Doc, document: OfficialDocument): void {
  const rightX = MARGINS.left + FOOT_LEFT;
  const rightWidth = WIDTH - FOOT_LEFT;
  doc.font('regular').fontSize(SIZE.recipients);
  const recipientsHeight =
    24 + document.recipients.reduce((h, r) => h + doc.heightOfString(`- ${r}`, { width: FOOT_LEFT }), 0);
  const signatureHeight = (document.signature.lines.length + 5) * (SIZE.body + 4);
  doc.y += 6;
  if (doc.y + Math.max(recipientsHeight, signatureHeight) > A4.height - MARGINS.bottom) doc.addPage();
  const top = doc.y;

  doc.font('boldItalic').fontSize(SIZE.recipientsTitle).text('Nơi nhận:', MARGINS.left, top, { width: FOOT_LEFT });
  doc.font('regular').fontSize(SIZE.recipients);
  for (const recipient of document.recipients)
    doc.text(`- ${recipient}`, MARGINS.left, doc.y, { width: FOOT_LEFT - 6 });

  doc.y = top;
  for (const line of document.signature.lines) centred(doc, line, rightX, rightWidth, 'bold', SIZE.body);
  // room for the hand signature and the seal
  doc.y += 4 * (SIZE.body + 4);
  if (document.signature.name) centred(doc, document.signature.name, rightX, rightWidth, 'bold', SIZE.body);
}

/** Page numbers from the second page, centred in the top margin (Nghị định 30, Phụ lục I, mục II.10). */
function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc
      .font('regular')
      .fontSize(SIZE.head)
      .text(String(i + 1), MARGINS.left, MARGINS.top / 2, { width: WIDTH, align: 'center', lineBreak: false });
  }
}
