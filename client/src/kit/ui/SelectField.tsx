import type { ComponentPropsWithRef } from 'react';

interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id'> {
  id: string;
  label: string;
  error?: string;
}

/** A labelled select whose error message sits under it and is announced with it. */
export function SelectField({ id, label, error, children, ...selectProps }: SelectFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...selectProps}
      >
        {children}
      </select>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
