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
  ])('refuses %p with %s', (password, code) => {
    expect(passwordProblem(password, 'nguyen.van.an')?.code).toBe(code);
  });

  it('accepts a long passphrase, Vietnamese letters included', () => {
    expect(passwordProblem('đồng lúa xanh mướt 2026', 'nguyen.van.an')).toBeNull();
    expect(passwordProblem('mat-khau-moi-123', 'stc.ngan-sach')).toBeNull();
  });
});
