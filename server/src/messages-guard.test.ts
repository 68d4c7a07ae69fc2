import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Texts for people come from the message catalog (shared/messages), so that clients can show them
 * in either language. This fails when a Vietnamese literal is handed straight to an error, a field
 * problem, a notification or a GraphQL error again, e.g. `forbidden('Không được.')` or
 * `{ field, code, message: 'Sai.' }`. The types already refuse a string where a catalog `Message`
 * is due (DomainError, fieldError, InputChecker.add, notify); this also sees the places types
 * cannot: `message:` of a literal field problem or notification, and GraphQLError's text.
 * Document content (titles, CSV headers, timeline notes, numbers like "QĐ-UBND") is Vietnamese by
 * nature and never goes through these calls.
 */
const ROOT = __dirname;

/** Not server code that answers people: tests, the demo seeder, migrations, the catalog itself. */
const SKIPPED = [/\.test\.ts$/, /^seeding\//, /^migrations\//, /^test-support\//, /^shared\/messages\//];

/** Files whose texts for these calls are not Vietnamese sentences, with the reason. */
const ALLOWED: Record<string, string> = {
  'shared/money.ts': 'the Money scalar parses in English like graphql itself; it only names the currency, đồng',
};

/** Calls whose text argument reaches a person: errors, field problems, notifications. */
const TEXT_TAKERS = new Set([
  'DomainError',
  'GraphQLError',
  'keyedGraphQLError',
  'unauthenticated',
  'forbidden',
  'notFound',
  'conflict',
  'invalidInput',
  'fieldError',
  'add', // InputChecker.add
  'notify',
]);

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const calleeName = (call: ts.CallExpression | ts.NewExpression): string | undefined => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
};

/** Why this literal reaches a person unlocalised, or null: a `message:` property, or an argument of a text taker. */
function plainTextUse(literal: ts.Node): string | null {
  for (let node: ts.Node = literal; node.parent; node = node.parent) {
    const parent = node.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === node && parent.name.getText() === 'message')
      return 'message:';
    if (
      (ts.isCallExpression(parent) || ts.isNewExpression(parent)) &&
      parent.arguments?.includes(node as ts.Expression)
    ) {
      const name = calleeName(parent);
      if (name && TEXT_TAKERS.has(name)) return `${name}(…)`;
      if (name === 'message') return null; // a catalog key
    }
    if (ts.isFunctionLike(parent) || ts.isSourceFile(parent)) return null;
  }
  return null;
}

function plainVietnameseTexts(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      VIETNAMESE.test(node.getText())
    ) {
      const use = plainTextUse(node);
      if (use)
        found.push(
          `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${use} ${node.getText()}`,
        );
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('texts for people', () => {
  it('come from the message catalog, not Vietnamese literals (add a key to shared/messages instead)', () => {
    const files = sourceFiles(ROOT)
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      .filter((file) => !SKIPPED.some((pattern) => pattern.test(file)) && !(file in ALLOWED));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => plainVietnameseTexts(file, fs.readFileSync(path.join(ROOT, file), 'utf8')))).toEqual(
      [],
    );
  });

  it('recognises the ways a plain text slips in', () => {
    const snippet = [
      "throw forbidden('Không được.');",
      "check.add('title', 'REQUIRED', `Cần ${what}.`);",
      "throw invalidInput([{ field: 'x', code: 'REQUIRED', message: 'Thiếu.' }]);",
      "return new GraphQLError('Sai truy vấn.', { extensions: { code: 'X' } });",
      "await notify(tx, target, { kind: 'K', message: `Mới: ${label}` });",
      // not texts for people, or already keyed:
      "check.add('title', 'REQUIRED', message('field.required'));",
      'const title = `Về việc ${name}`;',
      'changes.push({ task, data: { note: `Chuyển tiếp từ ${code}` } });',
    ].join('\n');
    expect(plainVietnameseTexts('snippet.ts', snippet).map((found) => found.split(' ')[0])).toEqual([
      'snippet.ts:1',
      'snippet.ts:2',
      'snippet.ts:3',
      'snippet.ts:4',
      'snippet.ts:5',
    ]);
  });
});
