import { agencyMessages } from './agencies';
import { commonMessages } from './common';
import { decisionMessages } from './decisions';
import { proposalMessages } from './proposals';
import { requestMessages } from './requests';
import { taskMessages } from './tasks';
import { renderTemplate, type Locale, type MessageParams, type Placeholders, type Template } from './template';
import { userMessages } from './users';

export type { Locale, MessageParams, Template } from './template';

/**
 * Every text the server sends a person, by stable key, in both languages. The client renders
 * key + parameters in the user's language; `message` fields keep the Vietnamese text for API
 * consumers and logs. Generated for the client by `npm run schema` (see messages-file.ts).
 */
export const MESSAGES = {
  ...commonMessages,
  ...agencyMessages,
  ...userMessages,
  ...requestMessages,
  ...proposalMessages,
  ...decisionMessages,
  ...taskMessages,
} as const satisfies Record<string, Template>;

export type MessageKey = keyof typeof MESSAGES;
export type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof MESSAGES)[K]['vi']>, string | number>;

/** A text to show a person: its key and the parameters its template names. */
export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** `message('field.tooLong', { max: 300 })`: the parameters are checked against the template. */
export function message<K extends MessageKey>(key: K, ...[params]: [Placeholders<(typeof MESSAGES)[K]['vi']>] extends [never] ? [] : [ParamsOf<K>]): Message {
  return { key, params: params ?? {} };
}

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(MESSAGES, key);

export function renderMessage({ key, params }: Message, locale: Locale = 'vi'): string {
  return renderTemplate(MESSAGES[key][locale], params, (nested) => (isMessageKey(nested) ? MESSAGES[nested][locale] : undefined));
}

/**
 * A text for a person: a catalog message (rendered by the client in the user's language), or,
 * at call sites not converted yet, plain Vietnamese that clients show as it is.
 */
export type MessageText = Message | string;

/** The Vietnamese `message` and, for a catalog message, the key + parameters the client renders. */
export interface LocalizedText {
  message: string;
  messageKey?: MessageKey;
  messageParams?: MessageParams;
}

export function localized(text: MessageText): LocalizedText {
  if (typeof text === 'string') return { message: text };
  return { message: renderMessage(text), messageKey: text.key, ...(Object.keys(text.params).length > 0 ? { messageParams: text.params } : {}) };
}
