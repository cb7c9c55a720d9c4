package com.crewbid.upwork.sandbox;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the Upwork sandbox when {@code crewbid.upwork.sandbox.enabled=true}: its own security
 * filter chain for {@code /upwork-sandbox/**}, ahead of the application's, and its clock, seed and
 * GraphQL engine.
 */
@Configuration(proxyBeanMethods = false)
@SandboxEnabled
@EnableConfigurationProperties(SandboxProperties.class)
class SandboxConfiguration {

  /**
   * The sandbox authenticates its callers itself, as Upwork does (client secrets, bearer tokens),
   * so this chain permits every request and holds no session. No CSRF: its clients are servers and
   * the consent page is a simulator's.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain upworkSandbox(
      HttpSecurity http,
      SandboxRateLimit rateLimit,
      SandboxFaults faults,
      tools.jackson.databind.json.JsonMapper json)
      throws Exception {
    http.securityMatcher("/upwork-sandbox/**")
        .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'none'; style-src 'unsafe-inline'; "
                                + "frame-ancestors 'none'; base-uri 'none'")))
        .addFilterBefore(
            new SandboxTrafficFilter(rateLimit, faults, json), SecurityContextHolderFilter.class);
    return http.build();
  }

  @Bean
  SandboxClock sandboxClock() {
    return new SandboxClock(Clock.systemUTC());
  }

  @Bean
  SandboxSeed sandboxSeed(JsonMapper json) {
    return SandboxSeed.load(json);
  }

  @Bean
  SandboxGraphQl sandboxGraphQl(List<SandboxQueries> slices) {
    return new SandboxGraphQl(slices);
  }
}
