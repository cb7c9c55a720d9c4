import { Pipe, PipeTransform } from '@angular/core';

/**
 * Formats a decimal string amount in a currency for a locale: `{{ rate.amount | currencyOf:
 * rate.currency : language.locale() }}`. Pure: the locale is an argument.
 */
@Pipe({ name: 'currencyOf' })
export class CurrencyOfPipe implements PipeTransform {
  transform(amount: string, currency: string, locale: string): string {
    const value = Number(amount);
    if (!Number.isFinite(value)) {
      return `${amount} ${currency}`;
    }
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
    } catch {
      return `${amount} ${currency}`;
    }
  }
}
