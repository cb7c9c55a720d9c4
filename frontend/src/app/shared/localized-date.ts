import { Pipe, PipeTransform } from '@angular/core';

export type DateStyle = 'dateTime' | 'date' | 'dateTimeSeconds';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dateTimeSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
  date: { dateStyle: 'medium' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an ISO-8601 instant for a locale, in the browser's time zone:
 * `{{ event.occurredAt | localizedDate: language.locale() }}`. Pure: the locale is an argument,
 * so a language switch re-renders it.
 */
@Pipe({ name: 'localizedDate' })
export class LocalizedDatePipe implements PipeTransform {
  transform(
    value: string | Date | null | undefined,
    locale: string,
    style: DateStyle = 'dateTime',
  ): string {
    return formatInstant(value, locale, style);
  }
}

export function formatInstant(
  value: string | Date | null | undefined,
  locale: string,
  style: DateStyle = 'dateTime',
): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, OPTIONS[style]);
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
