import { useId, useState, type ComponentPropsWithRef } from 'react';
import { formatVnd, groupDigits, MAX_MONEY, parseMoneyInput } from '../format';
import { useT } from '../i18n';
import type { MessageKey } from '../messages/vi';

interface MoneyInputProps extends Omit<ComponentPropsWithRef<'input'>, 'value' | 'onChange' | 'type'> {
  /** Digits only, '' for none. */
  value: string;
  onChange: (digits: string) => void;
}

/**
 * An amount in đồng: shown grouped (1.250.000), kept as a digit string. A change that is not an
 * amount the server would take (a minus sign, an exponent, more than MAX_MONEY) is refused with
 * a message: the field keeps the last amount, so what is shown is always what will be sent.
 */
export function MoneyInput({ value, onChange, ...inputProps }: MoneyInputProps) {
  const t = useT();
  const messageId = useId();
  const [refused, setRefused] = useState<MessageKey | null>(null);
  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value ? groupDigits(value) : ''}
        onChange={(event) => {
          const parsed = parseMoneyInput(event.currentTarget.value);
          if ('refused' in parsed) return setRefused(parsed.refused);
          setRefused(null);
          onChange(parsed.digits);
        }}
        {...inputProps}
        aria-describedby={refused ? messageId : inputProps['aria-describedby']}
      />
      {refused && (
        <span id={messageId} className="field__error" role="status">
          {t(refused, { max: formatVnd(MAX_MONEY) })}
        </span>
      )}
    </>
  );
}
