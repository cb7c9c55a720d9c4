/**
 * Browsers list some zones under their legacy CLDR names; people look for the current IANA ones
 * (Kyiv, not Kiev). Each legacy name is replaced by its current name where the browser knows it.
 */
const CURRENT_ZONE_NAMES: Record<string, string> = {
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'America/Godthab': 'America/Nuuk',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** IANA time zones the browser knows, under their current names, with UTC first. */
export function timeZones(): readonly string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  const zones =
    typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : [];
  const current = zones.map((zone) => {
    const modern = CURRENT_ZONE_NAMES[zone];
    return modern && isTimeZone(modern) ? modern : zone;
  });
  return ['UTC', ...current.filter((zone) => zone !== 'UTC').sort()];
}

/** Whether the browser accepts the name as a time zone (current and legacy names alike). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Currencies agencies commonly bill in (ISO 4217); others are kept when the server has them. */
export const COMMON_CURRENCIES: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'UAH',
  'PLN',
  'CAD',
  'AUD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'CZK',
  'RON',
  'BGN',
  'HUF',
  'TRY',
  'ILS',
  'AED',
  'INR',
  'PKR',
  'BDT',
  'PHP',
  'SGD',
  'JPY',
  'CNY',
  'HKD',
  'NZD',
  'ZAR',
  'BRL',
  'MXN',
  'ARS',
];

/** "US Dollar" for "USD" in the given locale, or the code itself where the browser cannot say. */
export function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
