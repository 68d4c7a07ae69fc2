import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { serverMessages } from '../gql/server-messages';
import { en } from './messages/en';
import { vi, type MessageKey, type Messages } from './messages/vi';

export type Locale = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;
/**
 * A text the server wrote for the user (a field problem with its limit, a notification): its
 * catalog key and parameters, rendered in the user's language, and its Vietnamese `text` for a key
 * this client does not know (or none: notifications stored before texts had keys).
 */
export interface ServerMessage {
  readonly text: string;
  readonly key?: string | null;
  readonly params?: MessageParams;
}
export type Translate = (key: MessageKey | ServerMessage, params?: MessageParams) => string;

export const LOCALE_STORAGE_KEY = 'lien-thong.locale';
const dictionaries: Record<Locale, Messages> = { vi, en };

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

// Storage can be unavailable (private mode, blocked cookies); the UI then just stays Vietnamese.
function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisted; the choice still applies to this visit.
  }
}

function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

const SERVER_PLACEHOLDER = /\{(\w+)(?::([\w.]+))?\}/g;

/**
 * The server catalog's templates (client/src/gql/server-messages.ts, generated): `{name}` is a
 * parameter, `{name:prefix}` the template of key `prefix.<value>`, the same two rules as the server.
 */
export function renderServerMessage(locale: Locale, { text, key, params = {} }: ServerMessage): string {
  const template = key ? serverMessages[key]?.[locale] : undefined;
  if (template === undefined) return text;
  return template.replace(SERVER_PLACEHOLDER, (match, name: string, prefix: string | undefined) => {
    if (!(name in params)) return match;
    const value = String(params[name]);
    return (prefix && serverMessages[`${prefix}.${value}`]?.[locale]) || value;
  });
}

/** The language a server message shows in: the user's when this client knows its key, else the server's Vietnamese. */
export function serverMessageLocale(locale: Locale, { key }: ServerMessage): Locale {
  return key && serverMessages[key] ? locale : 'vi';
}

/** A translator for one language, outside React (pure helpers and their tests take one). */
export function translatorFor(locale: Locale): Translate {
  const messages = dictionaries[locale];
  return (key, params) => {
    if (typeof key === 'object') return renderServerMessage(locale, key);
    return key in messages ? interpolate(messages[key], params) : key;
  };
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => ({ locale, setLocale, t: translatorFor(locale) }), [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT/useLocale must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Pick<I18nValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
