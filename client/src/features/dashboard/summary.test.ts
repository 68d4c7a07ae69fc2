import { translatorFor } from '../../kit/i18n';
import { counts, provinceQuarter, tnmtQuarter } from '../../test-support/dashboard-fixtures';
import { joinList, summarySentence } from './summary';

const vi = translatorFor('vi');
const en = translatorFor('en');

test('the article’s quarter reads like the article: 11/14 specialised done, 3 land tasks not done', () => {
  const sentence = summarySentence(vi, { scope: 'Sở TN&MT', ...tnmtQuarter() });

  expect(sentence).toBe(
    'Sở TN&MT: 1 nhiệm vụ đột phá, 11/14 nhiệm vụ chuyên môn hoàn thành; 3 nhiệm vụ lĩnh vực đất đai chưa hoàn thành',
  );
  expect(sentence).toContain('11/14');
  expect(sentence).toContain('3 nhiệm vụ lĩnh vực đất đai');
});

test('"chuyên môn" is every category but breakthrough; an unfinished breakthrough shows as done/total', () => {
  const sentence = summarySentence(vi, {
    scope: 'Sở Tài chính',
    counts: counts(6, 1, 1, 2),
    byCategory: [
      { category: 'BREAKTHROUGH', counts: counts(0, 0, 1, 1) },
      { category: 'KEY', counts: counts(4, 1, 0, 1) },
      { category: 'ROUTINE', counts: counts(2) },
    ],
    byDomain: [
      { domain: 'FINANCE', counts: counts(6, 1, 0, 1) },
      { domain: 'LAND', counts: counts(0, 0, 1, 0) },
      { domain: 'DIGITAL_TRANSFORMATION', counts: counts(0, 0, 0, 1) },
    ],
  });

  expect(sentence).toBe(
    'Sở Tài chính: 0/2 nhiệm vụ đột phá, 7/8 nhiệm vụ chuyên môn hoàn thành; ' +
      '1 nhiệm vụ lĩnh vực tài chính, 1 nhiệm vụ lĩnh vực đất đai và 1 nhiệm vụ lĩnh vực chuyển đổi số chưa hoàn thành',
  );
});

test('nothing unfinished, no breakthrough, no tasks at all', () => {
  expect(
    summarySentence(vi, {
      scope: 'Sở Nội vụ',
      counts: counts(3, 1),
      byCategory: [
        { category: 'BREAKTHROUGH', counts: counts(0) },
        { category: 'KEY', counts: counts(3, 1) },
      ],
      byDomain: [{ domain: 'ADMIN_REFORM', counts: counts(3, 1) }],
    }),
  ).toBe('Sở Nội vụ: 4/4 nhiệm vụ chuyên môn hoàn thành; không còn nhiệm vụ chưa hoàn thành');
  expect(summarySentence(vi, { scope: 'Cục Thuế', counts: counts(0), byCategory: [], byDomain: [] })).toBe(
    'Cục Thuế: chưa có nhiệm vụ nào trong quý',
  );
});

test('the province sentence and the English wording', () => {
  expect(summarySentence(vi, { scope: 'Toàn tỉnh', ...provinceQuarter() })).toBe(
    'Toàn tỉnh: 1/2 nhiệm vụ đột phá, 15/23 nhiệm vụ chuyên môn hoàn thành; ' +
      '4 nhiệm vụ lĩnh vực đất đai, 3 nhiệm vụ lĩnh vực tài chính và 2 nhiệm vụ lĩnh vực cải cách hành chính chưa hoàn thành',
  );
  expect(
    summarySentence(en, {
      scope: 'Sở TN&MT',
      ...tnmtQuarter({
        byDomain: [
          { __typename: 'DomainCounts', domain: 'LAND', counts: counts(1, 0, 1, 2) },
          { __typename: 'DomainCounts', domain: 'MINERALS', counts: counts(0, 0, 1) },
        ],
      }),
    }),
  ).toBe(
    'Sở TN&MT: 1 breakthrough task, 11/14 specialised tasks completed; 3 land tasks and 1 minerals task not completed',
  );
});

test('lists are joined with commas and a final "và"', () => {
  expect(joinList(vi, [])).toBe('');
  expect(joinList(vi, ['a'])).toBe('a');
  expect(joinList(vi, ['a', 'b'])).toBe('a và b');
  expect(joinList(vi, ['a', 'b', 'c'])).toBe('a, b và c');
});
