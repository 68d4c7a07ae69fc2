import fs from 'node:fs';
import { renderSchema, SCHEMA_FILE } from './schema-file';

describe('schema/schema.graphql', () => {
  it('matches the schema emitted from the code (run `npm run generate` when this fails)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await renderSchema());
  });
});
