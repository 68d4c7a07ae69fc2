import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { MOTTO, NATION, type Block, type OfficialDocument, type Run } from './official-document';

/** Twentieths of a point per millimetre. */
const MM = 1440 / 25.4;
const A4 = { width: 11906, height: 16838 };
/** The same margins as the PDF (Nghị định 30, Phụ lục I). */
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const WIDTH = Math.round(A4.width - MARGIN.left - MARGIN.right);
/** Half-points. */
const SIZE = { body: 28, head: 26, nation: 24, recipientsTitle: 24, recipients: 22, table: 24 };
const FONT = 'Times New Roman';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

const text = (value: string, options: { bold?: boolean; italic?: boolean; size?: number } = {}) =>
  new TextRun({
    text: value,
    font: FONT,
    size: options.size ?? SIZE.body,
    bold: options.bold,
    italics: options.italic,
  });

const centred = (children: ParagraphChild[], underline = false) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children,
    // the short rule under the issuer, the motto and the title
    border: underline ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } : undefined,
  });

/** Two borderless columns side by side: the head (issuer | motto) and the foot (recipients | signature). */
function columns(leftShare: number, left: Paragraph[], right: Paragraph[]): Table {
  const leftWidth = Math.round(WIDTH * leftShare);
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, WIDTH - leftWidth],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: leftWidth, type: WidthType.DXA }, borders: NO_BORDERS, children: left }),
          new TableCell({
            width: { size: WIDTH - leftWidth, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: right,
          }),
        ],
      }),
    ],
  });
}

function head(document: OfficialDocument): Table {
  const issuer = [
    ...(document.issuer.parent ? [centred([text(document.issuer.parent, { size: SIZE.head })])] : []),
    ...document.issuer.name
      .split('\n')
      .map((line, i, all) => centred([text(line, { bold: true, size: SIZE.head })], i === all.length - 1)),
    centred([text(document.numberLine, { size: SIZE.head })]),
  ];
  const nation = [
    centred([text(NATION, { bold: true, size: SIZE.nation })]),
    centred([text(MOTTO, { bold: true })], true),
    centred([text(document.placeDateLine, { italic: true })]),
  ];
  return columns(0.42, issuer, nation);
}

const runOf = (run: Run) => text(run.text, { bold: run.bold, italic: run.italic });

function block(item: Block): Paragraph | Table {
  if (item.type === 'heading')
    return new Paragraph({ spacing: { before: 120, after: 120 }, children: [text(item.text, { bold: true })] });
  if (item.type === 'paragraph') {
    const centre = item.align === 'center';
    return new Paragraph({
      alignment: centre ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: centre ? undefined : { firstLine: Math.round(10 * MM) },
      spacing: { after: 120 },
      children: item.runs.map(runOf),
    });
  }
  const total = item.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = item.columns.map((c) => Math.round((c.width / total) * WIDTH));
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            children: [
              new Paragraph({
                alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
                children: [text(cell, { bold, size: SIZE.table })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(
        item.columns.map((c) => c.title),
        true,
      ),
      ...item.rows.map((cells, i) => row(cells, Boolean(item.boldLastRow) && i === item.rows.length - 1)),
    ],
  });
}

function foot(document: OfficialDocument): Table {
  const recipients = [
    new Paragraph({ children: [text('Nơi nhận:', { bold: true, italic: true, size: SIZE.recipientsTitle })] }),
    ...document.recipients.map((r) => new Paragraph({ children: [text(`- ${r}`, { size: SIZE.recipients })] })),
  ];
  const signature = [
    ...document.signature.lines.map((line) => centred([text(line, { bold: true })])),
    // room for the hand signature and the seal
    ...Array.from({ length: 4 }, () => new Paragraph({ children: [] })),
    ...(document.signature.name ? [centred([text(document.signature.name, { bold: true })])] : []),
  ];
  return columns(0.45, recipients, signature);
}

/** The same document as an editable Word file (Times New Roman, which every office has). */
export function writeDocx(document: OfficialDocument): Promise<Buffer> {
  const doc = new Document({
    title: document.meta.title,
    subject: document.meta.subject,
    creator: document.meta.author,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: Math.round(MARGIN.top),
              bottom: Math.round(MARGIN.bottom),
              left: Math.round(MARGIN.left),
              right: Math.round(MARGIN.right),
            },
          },
        },
        children: [
          head(document),
          new Paragraph({ children: [] }),
          centred([text(document.kind, { bold: true })]),
          ...document.subject.map((line, i) =>
            centred([text(line, { bold: true })], i === document.subject.length - 1),
          ),
          new Paragraph({ children: [] }),
          ...document.body.map(block),
          new Paragraph({ children: [] }),
          foot(document),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
