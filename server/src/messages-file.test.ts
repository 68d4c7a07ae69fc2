import fs from 'node:fs';
import { CLIENT_MESSAGES_FILE, renderClientMessages } from './messages-file';

describe('client/src/gql/server-messages.ts', () => {
  it('matches the server message catalog (run `npm run generate` when this fails)', () => {
    expect(fs.readFileSync(CLIENT_MESSAGES_FILE, 'utf8')).toBe(renderClientMessages());
  });
});
