/**
 * Something to tell the user: either a translation key (translated when rendered, so it follows
 * language switches) or text that came from the server as is.
 */
export type Message =
  | { readonly key: string; readonly params?: Record<string, unknown>; readonly text?: never }
  | { readonly text: string; readonly key?: never; readonly params?: never };

export function keyMessage(key: string, params?: Record<string, unknown>): Message {
  return params ? { key, params } : { key };
}

export function textMessage(text: string): Message {
  return { text };
}
