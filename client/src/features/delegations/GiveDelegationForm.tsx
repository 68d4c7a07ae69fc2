import { useState } from 'react';
import { useMutation } from 'urql';
import { errorCode, fieldErrors, fieldMessage } from '../../kit/errors';
import { provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { FormAlert } from '../../kit/ui/FormAlert';
import { SelectField } from '../../kit/ui/SelectField';
import { TextField } from '../../kit/ui/TextField';
import { useCurrentUser } from '../auth';
import { DelegatePowersMutation, type DelegablePower } from './delegations.operations';

interface Official {
  id: string;
  fullName: string;
  title: string;
}

/** Whom to delegate to (an official of my agency), which of my powers, from when to when. */
export function GiveDelegationForm({ officials, onGiven }: { officials: readonly Official[]; onGiven: () => void }) {
  const t = useT();
  const user = useCurrentUser();
  const powersOffered = user.capabilities.delegablePowers;
  const today = provinceToday();
  const [delegateId, setDelegateId] = useState('');
  const [powers, setPowers] = useState<DelegablePower[]>([]);
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState(today);
  const [done, setDone] = useState(false);
  const [{ fetching, error }, delegatePowers] = useMutation(DelegatePowersMutation);
  const fields = fieldErrors(error);
  const problem = (name: string) => (fields[name] ? t(fieldMessage(fields[name])) : undefined);
  const formError = error && Object.keys(fields).length === 0 ? (`error.${errorCode(error)}` as const) : undefined;
  const toggle = (power: DelegablePower, checked: boolean) =>
    setPowers((chosen) => (checked ? [...chosen, power] : chosen.filter((p) => p !== power)));

  return (
    <form
      className="action-panel"
      aria-labelledby="delegation-give-heading"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setDone(false);
        const result = await delegatePowers({ input: { delegateId, powers, startsOn, endsOn } });
        if (result.data) {
          setDelegateId('');
          setPowers([]);
          setDone(true);
          onGiven();
        }
      }}
    >
      <h2 id="delegation-give-heading">{t('delegation.giveHeading')}</h2>
      <FormAlert message={formError} />
      <SelectField
        id="delegation-delegate"
        label={t('delegation.delegate')}
        value={delegateId}
        required
        onChange={(event) => setDelegateId(event.currentTarget.value)}
        error={problem('delegateId')}
      >
        <option value="">{t('delegation.chooseDelegate')}</option>
        {officials
          .filter((official) => official.id !== user.id)
          .map((official) => (
            <option key={official.id} value={official.id}>
              {official.fullName} — {official.title}
            </option>
          ))}
      </SelectField>
      <fieldset aria-describedby={fields.powers ? 'delegation-powers-error' : undefined}>
        <legend>{t('delegation.powers')}</legend>
        {powersOffered.map((power) => (
          <label key={power} className="checkbox">
            <input
              type="checkbox"
              checked={powers.includes(power)}
              onChange={(event) => toggle(power, event.currentTarget.checked)}
            />
            {t(`delegation.power.${power}`)}
          </label>
        ))}
        {fields.powers && (
          <p id="delegation-powers-error" className="field__error">
            {problem('powers')}
          </p>
        )}
      </fieldset>
      <TextField
        id="delegation-starts-on"
        type="date"
        label={t('delegation.startsOn')}
        min={today}
        required
        value={startsOn}
        onChange={(event) => setStartsOn(event.currentTarget.value)}
        error={problem('startsOn')}
      />
      <TextField
        id="delegation-ends-on"
        type="date"
        label={t('delegation.endsOn')}
        min={startsOn}
        required
        value={endsOn}
        onChange={(event) => setEndsOn(event.currentTarget.value)}
        error={problem('endsOn')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t('delegation.giving') : t('delegation.give')}
        </button>
        {done && (
          <p role="status" className="muted">
            {t('delegation.given')}
          </p>
        )}
      </div>
    </form>
  );
}
