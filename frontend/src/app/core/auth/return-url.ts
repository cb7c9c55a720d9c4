/** A return URL is honoured only when it is a path in this app (never another site or sign-in). */
export function safeReturnUrl(returnUrl: string | null | undefined): string | null {
  return returnUrl &&
    returnUrl.startsWith('/') &&
    !returnUrl.startsWith('//') &&
    !returnUrl.startsWith('/sign-in')
    ? returnUrl
    : null;
}
