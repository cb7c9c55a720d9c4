import en from '../../../i18n/en.json';
import uk from '../../../i18n/uk.json';
import { AppNotification } from './notifications-api';
import { KNOWN_TOPICS, notificationIcon, notificationMessage } from './notification-text';

function notification(topic: string): AppNotification {
  return {
    id: 'n1',
    topic,
    params: { jobTitle: 'Shop', actorName: 'Olena' },
    link: '/proposals/p1',
    createdAt: '2026-12-01T10:00:00Z',
    readAt: null,
  };
}

describe('notification texts', () => {
  it('has a sentence and a name in both languages for every known topic', () => {
    for (const language of [en, uk]) {
      const texts = language.notifications as {
        topics: Record<string, string>;
        topicNames: Record<string, string>;
      };
      for (const topic of KNOWN_TOPICS) {
        expect(texts.topics[topic], topic).toBeTruthy();
        expect(texts.topicNames[topic], topic).toBeTruthy();
      }
    }
  });

  it('says withdrawals, edits after approval and unknown sends in their own words', () => {
    for (const topic of [
      'proposal-withdrawn',
      'proposal-edited-after-approval',
      'proposal-send-unknown',
    ]) {
      expect(notificationMessage(notification(topic)).key).toBe(`notifications.topics.${topic}`);
      expect(notificationIcon(topic)).not.toBe('notifications');
    }
  });
});
