import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GQL_DIR = fileURLToPath(new URL('../src/gql/', import.meta.url));
const GQL_MAP = `${GQL_DIR}gql.ts`;
const DOCUMENTS = `${GQL_DIR}graphql.ts`;
/** A `graphql(`…`)` call of a feature's operations file (codegen allows no interpolation in it). */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
/**
 * The import of `graphql()` itself, dropped once its calls are replaced: TypeScript's
 * verbatimModuleSyntax keeps an unused import, and with it the map of every document.
 */
const GRAPHQL_IMPORT = /^import \{ graphql \} from '[./]*\/gql';$/m;
const MODULE_PREFIX = 'virtual:graphql-document:';
const RESOLVED_PREFIX = '\0graphql-document:';

/**
 * Replaces each `graphql(`…`)` call with an import of that one document, as the codegen client
 * preset's Babel plugin does. `graphql()` looks documents up in gql.ts's map of every operation of
 * every page, which no bundler can tree-shake (~550 KB of the first script before this); and
 * graphql.ts, one module, would still land whole in the chunk shared by the pages using it. So
 * each document becomes a module of its own (`virtual:graphql-document:<Export>`, its object taken
 * from graphql.ts), and each page's chunk carries just its documents. Tests (jest) still call the
 * real `graphql()`, which returns the same documents.
 */
export function graphqlDocuments(): Plugin {
  let exportsBySource = new Map<string, string>();
  let documentsByExport = new Map<string, string>();
  let readAt = '';
  // Read again whenever codegen rewrote them (`npm run generate` while `vite` serves).
  const refresh = () => {
    const stamp = [GQL_MAP, DOCUMENTS].map((file) => fs.statSync(file).mtimeMs).join();
    if (stamp === readAt) return;
    exportsBySource = documentExports(fs.readFileSync(GQL_MAP, 'utf8'));
    documentsByExport = documentObjects(fs.readFileSync(DOCUMENTS, 'utf8'));
    readAt = stamp;
  };
  return {
    name: 'lien-thong:graphql-documents',
    enforce: 'pre',
    buildStart() {
      refresh();
      this.addWatchFile(GQL_MAP);
      this.addWatchFile(DOCUMENTS);
    },
    resolveId(id) {
      return id.startsWith(MODULE_PREFIX) ? RESOLVED_PREFIX + id.slice(MODULE_PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      refresh();
      const name = id.slice(RESOLVED_PREFIX.length);
      const document = documentsByExport.get(name);
      if (!document) this.error(`${DOCUMENTS} has no document ${name}: run \`npm run generate\``);
      return `export default ${document};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(GQL_DIR) || !code.includes('graphql(`')) return null;
      refresh();
      const used = new Set<string>();
      const replaced = code.replace(GRAPHQL_CALL, (call, source: string) => {
        const name = exportsBySource.get(source);
        if (!name)
          this.error(`${id}: a graphql() document that src/gql/gql.ts does not know: run \`npm run generate\``);
        used.add(name);
        // as many line breaks as the call had, so that the lines after it keep their numbers
        return `__document_${name}` + '\n'.repeat(call.split('\n').length - 1);
      });
      if (used.size === 0) return null;
      const imports = [...used].map((name) => `import __document_${name} from '${MODULE_PREFIX}${name}';`).join(' ');
      // on the first line, so that no line moves
      return { code: `${imports} ${replaced.replace(GRAPHQL_IMPORT, '')}`, map: null };
    },
  };
}

/** gql.ts's `const documents = { "<source>": types.<Export>, … }`: each source text → its export. */
function documentExports(gqlMap: string): Map<string, string> {
  const start = gqlMap.indexOf('const documents');
  const block = gqlMap.slice(start, gqlMap.indexOf('\n};', start));
  const entries = [...block.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)];
  if (start < 0 || entries.length === 0)
    throw new Error(`${GQL_MAP}: no documents map found (codegen changed its output?)`);
  return new Map(entries.map(([, source, name]) => [JSON.parse(source) as string, name]));
}

/** graphql.ts's `export const <Export> = {…} as unknown as DocumentNode<…>;`: each export → its object. */
function documentObjects(documents: string): Map<string, string> {
  const entries = [
    ...documents.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm),
  ];
  if (entries.length === 0) throw new Error(`${DOCUMENTS}: no documents found (codegen changed its output?)`);
  return new Map(entries.map(([, name, document]) => [name, document]));
}
