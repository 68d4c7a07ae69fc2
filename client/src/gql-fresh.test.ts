/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const clientDir = join(__dirname, '..');

interface GeneratedFile {
  filename: string;
  content: string;
}

// Same config file, same `generate(config, false)` as `npm run codegen`, so nothing is written.
function generateInMemory(): GeneratedFile[] {
  const script = join(__dirname, 'test-support', 'codegen-outputs.mjs');
  const stdout = execFileSync(process.execPath, [script], { cwd: clientDir, encoding: 'utf8' });
  return JSON.parse(stdout) as GeneratedFile[];
}

test('the committed src/gql matches the schema and documents (run `npm run codegen` if not)', () => {
  const generated = generateInMemory();

  expect(generated.map((file) => file.filename).sort()).toEqual([
    'src/gql/gql.ts',
    'src/gql/graphql.ts',
    'src/gql/index.ts',
  ]);
  for (const { filename, content } of generated) {
    const committed = readFileSync(join(clientDir, filename), 'utf8');
    expect({ filename, content: committed }).toEqual({ filename, content });
  }
});
