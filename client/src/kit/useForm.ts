import { useState } from 'react';
import { useT } from './i18n';
import { hasFormErrors, type FormErrors } from './form-errors';
import { useLocalDraft, type DraftKey } from './useLocalDraft';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

// Every form holds its values and saves the same way: check locally first, point at the first
// problem, run one save at a time, and show the problems the server finds. Written once so the
// forms cannot drift apart.

interface FormOptions<V, E extends FormErrors, F extends string> {
  /** The problems found without asking the server. */
  validate: (values: V) => E;
  /** The id of a field's input, to move the focus to the first field with a problem. */
  fieldId: (field: F) => string;
  /** The fields in the order they are on screen; by default, the order the problems come in. */
  fieldOrder?: readonly F[];
  /**
   * Keeps the typing as a local draft under this key, offers it back when the form opens again
   * (render `draft` with DraftRestoreBanner) and warns before leaving with unsaved changes.
   */
  draft?: DraftKey;
}

/** The fields of `V` that hold plain text. */
type TextFields<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/**
 * `save(mode, send)` validates, then runs `send`, which resolves to the server's problems or to
 * null when done (the page moves on, so the form stays busy). `busy` is the running save's mode.
 */
export function useForm<V, E extends FormErrors, Mode extends string = 'save', F extends string = string>(
  initial: V,
  { validate, fieldId, fieldOrder, draft }: FormOptions<V, E, F>,
) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const localDraft = useLocalDraft(draft, values, initial, setValues);
  useUnsavedChangesGuard(localDraft.dirty, t('draft.leaveQuestion'));
  const [errors, setErrors] = useState<E>({} as E);
  const [busy, setBusy] = useState<Mode | null>(null);

  const focusFirstInvalid = (problems: E) => {
    const first = (fieldOrder ?? (Object.keys(problems) as F[])).find((field) => problems[field] && field !== 'form');
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const set = <K extends keyof V>(field: K, value: V[K]) => setValues((current) => ({ ...current, [field]: value }));

  async function save(mode: Mode, send: (values: V) => Promise<E | null>) {
    if (busy) return; // one save at a time; the idempotency key covers the rest
    const invalid = validate(values);
    if (hasFormErrors(invalid)) {
      setErrors(invalid);
      focusFirstInvalid(invalid);
      return;
    }
    setErrors({} as E);
    setBusy(mode);
    localDraft.holdForSave();
    const problems = await send(values);
    if (!problems) {
      localDraft.clear(); // saved on the server: nothing left to restore
      return;
    }
    localDraft.release();
    setBusy(null);
    setErrors(problems);
    focusFirstInvalid(problems);
  }

  /** The message to show under a field (or field path), if it has a problem. */
  const message = (field: keyof E & string): string | undefined => {
    const key = errors[field];
    return key && t(key);
  };

  /** What ties a text input (TextField, TextAreaField) to a field: its id, value, changes and problem. */
  const bind = <K extends TextFields<V> & F>(field: K) => ({
    id: fieldId(field),
    value: values[field] as string,
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value as V[K]),
    error: message(field as keyof E & string),
  });

  /** What DraftRestoreBanner shows: the draft found when the form opened, to restore or discard. */
  const draftOffer = {
    offer: localDraft.offer,
    onRestore: () => {
      localDraft.restore();
      setErrors({} as E);
    },
    onDiscard: localDraft.discard,
  };

  return { values, set, setValues, errors, busy, save, message, bind, draftOffer };
}
