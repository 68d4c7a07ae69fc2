import { agencyMessages } from './agencies';
import { apiMessages } from './api';
import { commonMessages } from './common';
import { decisionMessages } from './decisions';
import { delegationMessages } from './delegations';
import { meetingMessages } from './meetings';
import { proposalMessages } from './proposals';
import { requestMessages } from './requests';
import { taskMessages } from './tasks';
import { signingMessages } from './signing';
import { renderTemplate, type Locale, type MessageParams, type Placeholders, type Template } from './template';
import { userMessages } from './users';
import { workQueueMessages } from './work-queue';

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
  ...meetingMessages,
  ...apiMessages,
  ...workQueueMessages,
  ...delegationMessages,
  ...signingMessages,
} as const satisfies Record<string, Template>;

export type MessageKey = keyof typeof MESSAGES;
export type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof MESSAGES)[K]['vi']>, string | number>;

/** A text to show a person: its key and the parameters its template names. */
export interface Message {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** `message('field.tooLong', { max: 300 })`: the parameters are checked against the template. */
export function message<K extends MessageKey>(
  key: K,
  ...[params]: [Placeholders<(typeof MESSAGES)[K]['vi']>] extends [never] ? [] : [ParamsOf<K>]
): Message {
  return { key, params: params ?? {} };
}

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(MESSAGES, key);

export function renderMessage({ key, params }: Message, locale: Locale = 'vi'): string {
  return renderTemplate(MESSAGES[key][locale], params, (nested) =>
    isMessageKey(nested) ? MESSAGES[nested][locale] : undefined,
  );
}

/** The Vietnamese `message` and the key + parameters the client renders (older notification rows have no key). */
export interface LocalizedText {
  message: string;
  messageKey?: MessageKey;
  messageParams?: MessageParams;
}

export function localized(text: Message): LocalizedText {
  return { message: renderMessage(text), ...messageExtensions(text) };
}

/** What a client needs to render the text in its language: for errors built outside DomainError. */
export function messageExtensions({ key, params }: Message): { messageKey: MessageKey; messageParams?: MessageParams } {
  return { messageKey: key, ...(Object.keys(params).length > 0 ? { messageParams: params } : {}) };
}
