// Prints, as JSON, the files `npm run codegen` would write, without writing them.
// Runs in its own Node process: the codegen CLI needs ESM-only packages that Jest's
// CommonJS runtime cannot load. Expects to be started with the client folder as cwd.
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const cwd = process.cwd();
const { config } = await loadCodegenConfig({ configFilePath: cwd });
const outputs = await generate({ ...config, cwd, silent: true }, false);
process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))));
