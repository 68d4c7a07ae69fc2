import type { ComponentPropsWithRef } from 'react';
import { groupDigits, parseMoneyInput } from '../format';

interface MoneyInputProps extends Omit<ComponentPropsWithRef<'input'>, 'value' | 'onChange' | 'type'> {
  /** Digits only, '' for none. */
  value: string;
  onChange: (digits: string) => void;
}

/** An amount in đồng: shown grouped (1.250.000), kept as a digit string; anything but digits is ignored. */
export function MoneyInput({ value, onChange, ...inputProps }: MoneyInputProps) {
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={value ? groupDigits(value) : ''}
      onChange={(event) => {
        const digits = parseMoneyInput(event.currentTarget.value);
        if (digits !== null) onChange(digits);
      }}
      {...inputProps}
    />
  );
}
