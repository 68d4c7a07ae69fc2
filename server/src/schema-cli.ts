import 'reflect-metadata';
import fs from 'node:fs';
import { CLIENT_MESSAGES_FILE, renderClientMessages } from './messages-file';
import { renderSchema, SCHEMA_FILE } from './schema-file';

/** `npm run schema`: writes schema/schema.graphql and the client's copy of the message catalog from the code. */
renderSchema()
  .then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
    fs.writeFileSync(CLIENT_MESSAGES_FILE, renderClientMessages());
    console.log(`wrote ${CLIENT_MESSAGES_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
