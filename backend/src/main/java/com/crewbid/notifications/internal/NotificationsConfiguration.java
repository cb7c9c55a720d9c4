package com.crewbid.notifications.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** Settings, and the subscription of this instance to every agency's live channel. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationsConfiguration {

  @Bean
  RedisMessageListenerContainer notificationsListenerContainer(
      RedisConnectionFactory redis, LiveUpdates updates) {
    RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    container.setConnectionFactory(redis);
    container.addMessageListener(updates, new PatternTopic(LiveUpdates.CHANNEL_PREFIX + "*"));
    return container;
  }
}
