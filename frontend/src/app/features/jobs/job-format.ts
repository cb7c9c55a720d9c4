import { JobClient, Money } from './jobs-api';

const formatters = new Map<string, Intl.NumberFormat>();

/** Money in the locale's way: `$1,500` (no cents when whole). */
export function formatMoney(money: Money | null | undefined, locale: string): string {
  if (!money) {
    return '';
  }
  const amount = Number(money.amount);
  if (!Number.isFinite(amount)) {
    return `${money.amount} ${money.currency}`;
  }
  const whole = Number.isInteger(amount);
  const key = `${locale}|${money.currency}|${whole}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: money.currency,
        maximumFractionDigits: whole ? 0 : 2,
        minimumFractionDigits: whole ? 0 : 2,
      });
    } catch {
      return `${money.amount} ${money.currency}`;
    }
    formatters.set(key, formatter);
  }
  return formatter.format(amount);
}

/** The pay of a job: the fixed budget, or the hourly range. */
export function formatPay(
  job: { jobType: string; budget: Money | null; hourlyMin: Money | null; hourlyMax: Money | null },
  locale: string,
): string {
  if (job.jobType === 'FIXED') {
    return formatMoney(job.budget, locale);
  }
  const min = formatMoney(job.hourlyMin, locale);
  const max = formatMoney(job.hourlyMax, locale);
  return min && max && min !== max ? `${min}–${max}` : min || max;
}

/** A rating out of five with one decimal, or '' when the client has none yet. */
export function formatRating(client: JobClient, locale: string): string {
  return client.rating === null || client.rating === 0
    ? ''
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
        client.rating,
      );
}
