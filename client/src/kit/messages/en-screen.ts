import type { viScreen } from './vi-screen';

export const enScreen: Record<keyof typeof viScreen, string> = {
  'layout.menu': 'Menu',
  'dateField.hint': 'Day/month/year, e.g. {example}',
  'dateField.format': 'Write the date as day/month/year (dd/mm/yyyy), e.g. {example}.',
  'dateField.noSuchDay': 'There is no such day in the calendar.',
  'dateField.tooEarly': 'Choose {min} or later.',
  'dateField.tooLate': 'Choose {max} or earlier.',
};
