import { likePattern } from './search';

describe('likePattern', () => {
  it('lower-cases, trims and escapes LIKE wildcards', () => {
    expect(likePattern('  Đất Đai ')).toBe('%đất đai%');
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
