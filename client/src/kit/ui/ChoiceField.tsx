import type { ComponentPropsWithRef, ReactElement } from 'react';
import { SelectField } from './SelectField';

// A SelectField over a fixed list of choices (statuses, domains, categories…), written once for
// every form and filter that offers one.

interface BaseProps<T extends string> extends Omit<
  ComponentPropsWithRef<'select'>,
  'id' | 'value' | 'onChange' | 'children'
> {
  id: string;
  label: string;
  error?: string;
  choices: readonly T[];
  choiceLabel: (choice: NoInfer<T>) => string;
}

interface WithNone<T extends string> extends BaseProps<T> {
  /** The label of a first option for no choice (value ''): "all", "choose…". */
  none: string;
  value: NoInfer<T> | '';
  onChoose: (choice: NoInfer<T> | '') => void;
}

interface WithoutNone<T extends string> extends BaseProps<T> {
  none?: undefined;
  value: NoInfer<T>;
  onChoose: (choice: NoInfer<T>) => void;
}

export function ChoiceField<T extends string>(props: WithNone<T>): ReactElement;
export function ChoiceField<T extends string>(props: WithoutNone<T>): ReactElement;
export function ChoiceField<T extends string>({
  choices,
  choiceLabel,
  none,
  onChoose,
  ...fieldProps
}: WithNone<T> | WithoutNone<T>) {
  const choose = onChoose as (choice: T | '') => void;
  return (
    <SelectField {...fieldProps} onChange={(event) => choose(event.currentTarget.value as T | '')}>
      {none !== undefined && <option value="">{none}</option>}
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {choiceLabel(choice)}
        </option>
      ))}
    </SelectField>
  );
}
