import { Message, keyMessage } from '../../core/i18n/message';
import { AppNotification } from './notifications-api';

/** Topics the app has texts for (`notifications.topics.<topic>`, `notifications.topicNames.<topic>`). */
export const KNOWN_TOPICS: readonly string[] = [
  'upwork-relink-required',
  'saved-search-matches',
  'proposal-awaiting-approval',
  'proposal-approved',
  'proposal-changes-requested',
  'proposal-rejected',
  'proposal-withdrawn',
  'proposal-edited-after-approval',
  'proposal-commented',
  'proposal-sent',
  'proposal-send-unknown',
  'proposal-outcome-changed',
];

/** Outcomes with a sentence of their own (`notifications.outcomes.<OUTCOME>`). */
const KNOWN_OUTCOMES: readonly string[] = [
  'VIEWED',
  'REPLIED',
  'INTERVIEW',
  'HIRED',
  'DECLINED',
  'WITHDRAWN',
];

const ICONS: Readonly<Record<string, string>> = {
  'upwork-relink-required': 'link_off',
  'saved-search-matches': 'manage_search',
  'proposal-awaiting-approval': 'pending_actions',
  'proposal-approved': 'task_alt',
  'proposal-changes-requested': 'edit_note',
  'proposal-rejected': 'block',
  'proposal-withdrawn': 'undo',
  'proposal-edited-after-approval': 'rate_review',
  'proposal-commented': 'forum',
  'proposal-sent': 'send',
  'proposal-send-unknown': 'help',
  'proposal-outcome-changed': 'insights',
};

/**
 * The sentence of a notification, translated when rendered. Parameters stay text (names and job
 * titles come from people and from Upwork): they are interpolated, never rendered as HTML.
 */
export function notificationMessage(notification: AppNotification): Message {
  const { topic, params } = notification;
  if (topic === 'proposal-outcome-changed' && KNOWN_OUTCOMES.includes(params['outcome'])) {
    return keyMessage(`notifications.outcomes.${params['outcome']}`, { ...params });
  }
  if (KNOWN_TOPICS.includes(topic)) {
    return keyMessage(`notifications.topics.${topic}`, { ...params });
  }
  return keyMessage('notifications.unknownTopic');
}

export function notificationIcon(topic: string): string {
  return ICONS[topic] ?? 'notifications';
}

/** Where opening a notification leads: its link when it is a path inside the app. */
export function notificationTarget(notification: AppNotification): string {
  const link = notification.link;
  return link && link.startsWith('/') && !link.startsWith('//') ? link : '/notifications';
}
