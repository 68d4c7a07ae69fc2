import { DomainError, ErrorCode } from './errors';
import { InputChecker } from './validation';

describe('InputChecker', () => {
  it('trims values and reports every problem at once', () => {
    const check = new InputChecker();
    expect(check.text('a', '  ok  ', { required: true, max: 5 })).toBe('ok');
    check.text('b', '   ', { required: true, max: 5 });
    check.text('c', 'toolong', { max: 3 });
    check.text('d', 'x', { min: 2, max: 3 });
    check.text('e', 'a b', { max: 9, pattern: /^\S+$/ });
    expect(check.text('f', undefined, { max: 3 })).toBe('');
    try {
      check.assertValid();
      throw new Error('expected BAD_USER_INPUT');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((error as DomainError).fields.map((f) => `${f.field}:${f.code}`)).toEqual([
        'b:REQUIRED',
        'c:TOO_LONG',
        'd:TOO_SHORT',
        'e:INVALID_FORMAT',
      ]);
    }
  });

  it('passes when nothing is wrong', () => {
    const check = new InputChecker();
    check.text('a', 'fine', { required: true, max: 10 });
    expect(() => check.assertValid()).not.toThrow();
  });
});
