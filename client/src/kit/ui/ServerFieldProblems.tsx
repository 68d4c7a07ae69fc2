import { fieldMessage, type FieldErrors } from '../errors';
import { useT } from '../i18n';

interface ServerFieldProblemsProps {
  fields: FieldErrors;
  /** The server's path of the fields shown here: `grants` covers `grants` and `grants.0.amount`. */
  prefix: string;
}

/** The server's problems with a group of fields (a table's rows), each in the server's own words. */
export function ServerFieldProblems({ fields, prefix }: ServerFieldProblemsProps) {
  const t = useT();
  const problems = Object.entries(fields).filter(([path]) => path === prefix || path.startsWith(`${prefix}.`));
  if (problems.length === 0) return null;
  return (
    <ul className="field__error" role="alert">
      {problems.map(([path, problem]) => (
        <li key={path}>{t(fieldMessage(problem))}</li>
      ))}
    </ul>
  );
}

/** The server's message for one field, if it had a problem. */
export function useServerFieldMessage(fields: FieldErrors): (path: string) => string | undefined {
  const t = useT();
  return (path) => (fields[path] ? t(fieldMessage(fields[path])) : undefined);
}
