/**
 * @jest-environment node
 */
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import config from '../codegen';

const clientDir = join(__dirname, '..');

// CI fails when src/gql no longer matches the schema and documents: run `npm run codegen`.
test('generated GraphQL types in src/gql are up to date', async () => {
  const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: clientDir, silent: true }, false);

  expect(outputs.length).toBeGreaterThan(0);
  for (const { filename, content } of outputs) {
    const committed = readFileSync(join(clientDir, filename), 'utf8');
    expect({ file: relative(clientDir, join(clientDir, filename)), content: committed }).toEqual({
      file: relative(clientDir, join(clientDir, filename)),
      content,
    });
  }
});
