/**
 * Server texts as templates in both languages. `{name}` is replaced by a parameter;
 * `{name:prefix}` by the text of the catalog key `prefix.<value>` (an enum value or a subject the
 * client can translate), or the raw value when there is no such key. The client renders the same
 * templates (generated into client/src/gql/server-messages.ts) with the same two rules.
 */
export interface Template {
  vi: string;
  en: string;
}

export type Locale = keyof Template;
export type MessageParams = Record<string, string | number>;

/** The parameter names a template uses: `'Tối đa {max} ký tự.'` → `'max'`. */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${infer Param}:${string}` ? Param : Name) | Placeholders<Rest>
  : never;

const PLACEHOLDER = /\{(\w+)(?::([\w.]+))?\}/g;

export function renderTemplate(
  template: string,
  params: MessageParams,
  lookup: (key: string) => string | undefined,
): string {
  return template.replace(PLACEHOLDER, (match, name: string, prefix: string | undefined) => {
    if (!(name in params)) return match;
    const value = String(params[name]);
    return prefix ? (lookup(`${prefix}.${value}`) ?? value) : value;
  });
}
