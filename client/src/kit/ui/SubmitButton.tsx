// A form's one way out (forms with a draft have DraftOrSendButtons): busy while the save runs.
export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}
