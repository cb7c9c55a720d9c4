import { Problem, hasProblemType } from './problem-details';

/** A link from an e-mail that is expired, already used, revoked or unknown (410). */
export function isLinkExpired(problem: Problem): boolean {
  return problem.status === 410 || hasProblemType(problem, 'link-expired');
}
