import { renderMessage, type MessageKey } from '../../shared/messages';
import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it.each([
    ['', 'TOO_SHORT'],
    ['ngắn-quá', 'TOO_SHORT'],
    ['x'.repeat(129), 'TOO_LONG'],
    ['nguyen.van.an-2026', 'NOT_ALLOWED'], // contains the username
    ['Matkhau@123', 'NOT_ALLOWED'], // commonly guessed
    ['1234567890', 'NOT_ALLOWED'],
    ['ababababababab', 'NOT_ALLOWED'], // two characters repeated
    ['12345678901', 'NOT_ALLOWED'], // issue 18, finding 11
    ['Password12', 'NOT_ALLOWED'],
    ['abcdefghij', 'NOT_ALLOWED'],
    ['Lienthong@2026', 'NOT_ALLOWED'], // the product's name and a year
  ])('refuses %p with %s', (password, code) => {
    expect(passwordProblem(password, 'nguyen.van.an')?.code).toBe(code);
  });

  it('says why in Vietnamese', () => {
    expect(passwordProblem('abcdefghij', 'nguyen.van.an')?.message).toMatch(
      /^Mật khẩu quá dễ đoán: dãy liên tiếp như "abc" hay "123" rất dễ đoán\./,
    );
    expect(passwordProblem('Password12', 'nguyen.van.an')?.message).toMatch(
      /^Mật khẩu quá dễ đoán: đây là mật khẩu phổ biến\./,
    );
    expect(passwordProblem('Nguyenvanan@1', 'an.nv', ['Nguyễn Văn An', 'Nguyen Van An'])?.code).toBe('NOT_ALLOWED');
  });

  it('says why in English from the same catalog key', () => {
    const problem = passwordProblem('abcdefghij', 'nguyen.van.an')!;
    expect(problem).toMatchObject({ messageKey: 'password.weakBecause', messageParams: { reason: 'sequences' } });
    expect(renderMessage({ key: problem.messageKey as MessageKey, params: problem.messageParams! }, 'en')).toBe(
      'The password is too easy to guess: sequences like "abc" or "123" are easy to guess. Use a few unrelated words, e.g. "green-rice-field-river-2026".',
    );
  });

  it('accepts a long passphrase, Vietnamese letters included', () => {
    expect(passwordProblem('đồng lúa xanh mướt 2026', 'nguyen.van.an')).toBeNull();
    expect(passwordProblem('mat-khau-moi-123', 'stc.ngan-sach')).toBeNull();
  });
});
