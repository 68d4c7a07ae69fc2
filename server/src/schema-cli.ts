import 'reflect-metadata';
import fs from 'node:fs';
import { renderSchema, SCHEMA_FILE } from './schema-file';

/** `npm run schema`: writes schema/schema.graphql from the code. */
renderSchema()
  .then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
