package com.crewbid.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, so time-dependent rules can be tested without sleeping. */
@Configuration(proxyBeanMethods = false)
class Clocks {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
