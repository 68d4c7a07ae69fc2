/**
 * @jest-environment node
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

// The client's layers, read from the import statements themselves:
// - kit/ (ui, i18n, format, errors, live-data hooks) imports no feature and nothing of the shell;
// - app/ is the shell (router, layout, urql client); no feature imports it;
// - a feature reaches another feature only through that feature's index.ts, and those imports
//   never go round in a circle (a cycle of feature indexes would load half-initialised modules).

const srcDir = __dirname;

interface Import {
  file: string;
  target: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// `import … from '…'`, `export … from '…'`, `import '…'` (styles) and `import('…')`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.[^']*)'/g;

function relativeImports(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPECIFIER)].map((match) => ({
    file: relative(srcDir, file).split(sep).join('/'),
    target: normalize(join(dirname(relative(srcDir, file)), match[1]))
      .split(sep)
      .join('/'),
  }));
}

const imports = sourceFiles(srcDir).flatMap(relativeImports);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const featureOf = (path: string) => /^features\/([^/]+)(?:\/|$)/.exec(path)?.[1];
const describeImport = ({ file, target }: Import) => `${file} → ${target}`;

test('the kit imports no feature and nothing of the shell (its tests may render the app through test-support)', () => {
  const offending = imports.filter(
    ({ file, target }) =>
      file.startsWith('kit/') &&
      (/^(app|features)\//.test(target) || (!isTest(file) && target.startsWith('test-support/'))),
  );
  expect(offending.map(describeImport)).toEqual([]);
});

test('no feature imports the shell', () => {
  const offending = imports.filter(({ file, target }) => featureOf(file) && target.startsWith('app/'));
  expect(offending.map(describeImport)).toEqual([]);
});

test('a feature is reached from outside only through its index.ts', () => {
  const offending = imports.filter(({ file, target }) => {
    const feature = featureOf(target);
    if (!feature || featureOf(file) === feature || file.startsWith('test-support/')) return false;
    return target !== `features/${feature}` && target !== `features/${feature}/index`;
  });
  expect(offending.map(describeImport)).toEqual([]);
});

test('every feature has an index.ts', () => {
  const features = readdirSync(join(srcDir, 'features')).filter((name) =>
    statSync(join(srcDir, 'features', name)).isDirectory(),
  );
  expect(
    features.filter(
      (feature) => !sourceFiles(join(srcDir, 'features', feature)).some((file) => file.endsWith(`${sep}index.ts`)),
    ),
  ).toEqual([]);
});

test('features do not import each other in a circle', () => {
  const uses = new Map<string, Set<string>>();
  for (const { file, target } of imports) {
    const from = featureOf(file);
    const to = featureOf(target);
    if (!from || !to || from === to) continue;
    uses.set(from, (uses.get(from) ?? new Set()).add(to));
  }

  const cycles: string[] = [];
  const done = new Set<string>();
  const visit = (feature: string, path: string[]) => {
    if (path.includes(feature)) {
      cycles.push([...path.slice(path.indexOf(feature)), feature].join(' → '));
      return;
    }
    if (done.has(feature)) return;
    for (const next of uses.get(feature) ?? []) visit(next, [...path, feature]);
    done.add(feature);
  };
  for (const feature of uses.keys()) visit(feature, []);
  expect(cycles).toEqual([]);
});
