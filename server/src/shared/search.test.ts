import { foldForSearch, likePattern } from './search';

describe('likePattern', () => {
  it('lower-cases, trims and escapes LIKE wildcards', () => {
    expect(likePattern('  Đất Đai ')).toBe('%đất đai%');
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

describe('foldForSearch', () => {
  it('removes Vietnamese diacritics including đ, lower-cases and collapses spaces', () => {
    expect(foldForSearch('  Thủ tục  ĐẤT ĐAI tại Chi nhánh ')).toBe('thu tuc dat dai tai chi nhanh');
    expect(foldForSearch('Biến đổi khí hậu')).toBe('bien doi khi hau');
  });
});
