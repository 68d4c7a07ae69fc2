import { fieldError, invalidInput, type FieldError } from './errors';
import { message, type Message } from './messages';

interface TextRule {
  required?: boolean;
  min?: number;
  max: number;
  pattern?: RegExp;
}

/**
 * Collects per-field problems so one response can report every bad field at once.
 * Values are trimmed; the cleaned values are what services copy onto entities.
 */
export class InputChecker {
  private readonly problems: FieldError[] = [];

  text(field: string, raw: string | null | undefined, rule: TextRule): string {
    const value = (raw ?? '').trim();
    if (!value) {
      if (rule.required) this.add(field, 'REQUIRED', message('field.required'));
      return value;
    }
    if (rule.min !== undefined && value.length < rule.min) {
      this.add(field, 'TOO_SHORT', message('field.tooShort', { min: rule.min }));
    } else if (value.length > rule.max) {
      this.add(field, 'TOO_LONG', message('field.tooLong', { max: rule.max }));
    } else if (rule.pattern && !rule.pattern.test(value)) {
      this.add(field, 'INVALID_FORMAT', message('field.invalidFormat'));
    }
    return value;
  }

  add(field: string, code: FieldError['code'], text: Message): void {
    this.problems.push(fieldError(field, code, text));
  }

  /** A problem another rule worked out whole (the password policy). */
  addProblem(problem: FieldError): void {
    this.problems.push(problem);
  }

  /** Throws BAD_USER_INPUT listing every problem found so far. */
  assertValid(): void {
    if (this.problems.length > 0) throw invalidInput(this.problems);
  }
}

/** One required text field, checked on its own (reasons, notes, comments). */
export function requiredText(field: string, value: string | null | undefined, max: number): string {
  const check = new InputChecker();
  const text = check.text(field, value, { required: true, max });
  check.assertValid();
  return text;
}
