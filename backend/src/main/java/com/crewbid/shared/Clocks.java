package com.crewbid.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The one clock of the application, so time-dependent rules can be tested without sleeping. */
@Configuration(proxyBeanMethods = false)
class Clocks {

  /** Primary: simulators may bring clocks of their own that tests advance. */
  @Bean
  @Primary
  Clock clock() {
    return Clock.systemUTC();
  }
}
