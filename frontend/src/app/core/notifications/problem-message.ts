import { Message, keyMessage, textMessage } from '../i18n/message';
import { Problem } from '../http/problem-details';

/** What to tell the user about a problem: the server's detail, else a message for its status. */
export function problemMessage(problem: Problem): Message {
  if (problem.status === 0) {
    return keyMessage('errors.network');
  }
  if (problem.status === 429) {
    return problem.retryAfterSeconds !== null
      ? keyMessage('errors.tooManyRequestsRetry', { seconds: problem.retryAfterSeconds })
      : keyMessage('errors.tooManyRequests');
  }
  if (problem.detail) {
    return textMessage(problem.detail);
  }
  if (problem.status === 403) {
    return keyMessage('errors.forbidden');
  }
  if (problem.status === 404) {
    return keyMessage('errors.notFound');
  }
  if (problem.status >= 500) {
    return keyMessage('errors.server');
  }
  return problem.title ? textMessage(problem.title) : keyMessage('errors.unexpected');
}
