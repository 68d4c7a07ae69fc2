import { provinceAgencies } from '../../test-support/fixtures';
import { buildAgencyTree, countMatches, filterAgencyTree, foldVietnamese, type AgencyNode } from './agency-tree';

/** The tree as indented names, with "~" for context-only ancestors. */
function outline(nodes: readonly AgencyNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.matches ? '' : '~'}${node.agency.name}`,
    ...outline(node.children, depth + 1),
  ]);
}

test('nests sub-units under their parents and orders siblings by kind, then name', () => {
  expect(outline(buildAgencyTree(provinceAgencies))).toEqual([
    'UBND tỉnh',
    'Sở Tài chính',
    'Sở Tài nguyên và Môi trường',
    '  Văn phòng Đăng ký đất đai',
    '    Chi nhánh Văn phòng Đăng ký đất đai huyện A',
    '    Chi nhánh Văn phòng Đăng ký đất đai huyện B',
    'Cục Thuế tỉnh',
    'UBND huyện A',
  ]);
});

test('a unit whose parent is not in the list becomes a root instead of disappearing', () => {
  const [branch] = provinceAgencies;
  expect(outline(buildAgencyTree([branch]))).toEqual(['Chi nhánh Văn phòng Đăng ký đất đai huyện A']);
});

test('search ignores diacritics and keeps the ancestors of a match as context', () => {
  const tree = buildAgencyTree(provinceAgencies);
  const visible = filterAgencyTree(tree, { kind: null, search: 'chi nhanh dat dai huyen b' });
  expect(outline(visible)).toEqual([
    '~Sở Tài nguyên và Môi trường',
    '  ~Văn phòng Đăng ký đất đai',
    '    Chi nhánh Văn phòng Đăng ký đất đai huyện B',
  ]);
  expect(countMatches(visible)).toBe(1);
});

test('search also matches the agency code', () => {
  const visible = filterAgencyTree(buildAgencyTree(provinceAgencies), { kind: null, search: 'stc' });
  expect(outline(visible)).toEqual(['Sở Tài chính']);
});

test('the kind filter keeps only agencies of that kind', () => {
  const tree = buildAgencyTree(provinceAgencies);
  expect(outline(filterAgencyTree(tree, { kind: 'LOCALITY', search: '' }))).toEqual(['UBND huyện A']);
  expect(countMatches(filterAgencyTree(tree, { kind: 'DEPARTMENT', search: '' }))).toBe(5);
  expect(filterAgencyTree(tree, { kind: 'SECTOR', search: 'tài chính' })).toEqual([]);
});

test('folding removes Vietnamese diacritics including đ', () => {
  expect(foldVietnamese('Văn phòng Đăng ký ĐẤT ĐAI')).toBe('van phong dang ky dat dai');
});

test('each search term must start a word, so a one-letter district name is precise', () => {
  const visible = filterAgencyTree(buildAgencyTree(provinceAgencies), { kind: null, search: 'huyện a' });
  expect(countMatches(visible)).toBe(2);
  expect(outline(visible)).not.toContain('    Chi nhánh Văn phòng Đăng ký đất đai huyện B');
});
