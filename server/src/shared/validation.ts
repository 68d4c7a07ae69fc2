import { FieldError, invalidInput } from './errors';

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
      if (rule.required) this.add(field, 'REQUIRED', 'Không được để trống.');
      return value;
    }
    if (rule.min !== undefined && value.length < rule.min) {
      this.add(field, 'TOO_SHORT', `Cần ít nhất ${rule.min} ký tự.`);
    } else if (value.length > rule.max) {
      this.add(field, 'TOO_LONG', `Tối đa ${rule.max} ký tự.`);
    } else if (rule.pattern && !rule.pattern.test(value)) {
      this.add(field, 'INVALID_FORMAT', 'Sai định dạng.');
    }
    return value;
  }

  add(field: string, code: FieldError['code'], message: string): void {
    this.problems.push({ field, code, message });
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
