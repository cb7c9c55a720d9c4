import { Message, keyMessage, textMessage } from '../i18n/message';
import { FormGroup } from '@angular/forms';
import { Problem, applyFieldErrors } from '../http/problem-details';

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

/**
 * Puts the problem's field errors on the form's controls; returns what to tell the user above the
 * form, or null when every error found its field.
 */
export function formProblemMessage(form: FormGroup, problem: Problem): Message | null {
  const unmatched = applyFieldErrors(form, problem);
  if (problem.errors.length > 0 && unmatched.length === 0) {
    return null;
  }
  return problemMessage(problem);
}
