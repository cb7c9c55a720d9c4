package com.crewbid.identity.internal;

import com.crewbid.identity.UpworkSignInCalls;
import com.crewbid.identity.ratelimit.LoginLockout;
import com.crewbid.identity.ratelimit.RateLimits;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantScope;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationProvider;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Who may call what, as one table of rules; how sign-in, sessions and CSRF work for the SPA. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  /** API paths anyone may call (sign-in steps, links from e-mails); also what OpenAPI says. */
  static final String[] PUBLIC_GETS = {
    "/api/auth/session", "/api/auth/upwork-link", "/api/invitations/*"
  };

  static final String[] PUBLIC_POSTS = {
    "/api/auth/sign-in",
    "/api/auth/upwork-link",
    "/api/auth/password-reset",
    "/api/auth/password-reset/confirm",
    "/api/auth/email-verification/confirm",
    "/api/invitations/*/accept"
  };

  static final String[] PUBLIC_DELETES = {"/api/auth/upwork-link"};

  /** Only a session that passed the first factor and owes the second. */
  static final String[] SECOND_FACTOR_POSTS = {"/api/auth/mfa", "/api/auth/mfa/sms"};

  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain api(
      HttpSecurity http,
      SignInHandlers signIn,
      ProblemResponses problems,
      AgencySelection agencies,
      TenantScope tenantScope,
      AuthenticationManager authenticationManager,
      SecurityContextRepository securityContexts,
      UpworkClientRegistrations upwork,
      UpworkUsers upworkUsers,
      UpworkSignInHandlers upworkSignIn,
      RateLimits limits,
      LoginLockout lockout,
      Clock clock,
      @Value(SessionLifetime.ABSOLUTE_TIMEOUT) Duration absoluteTimeout)
      throws Exception {
    if (upwork.configured()) {
      http.oauth2Login(
          oauth ->
              oauth
                  .clientRegistrationRepository(upwork)
                  .userInfoEndpoint(userInfo -> userInfo.userService(upworkUsers))
                  .successHandler(upworkSignIn)
                  .failureHandler(upworkSignIn));
    }
    http.authenticationManager(authenticationManager)
        .securityContext(context -> context.securityContextRepository(securityContexts))
        .authorizeHttpRequests(
            rules ->
                rules
                    // Completes a request its first dispatch authorized (a live stream ending):
                    // the session may be gone by then, and the answer is already on its way.
                    .dispatcherTypeMatchers(DispatcherType.ASYNC)
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, PUBLIC_GETS)
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, PUBLIC_POSTS)
                    .permitAll()
                    .requestMatchers(HttpMethod.DELETE, PUBLIC_DELETES)
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/auth/sign-out")
                    .authenticated()
                    // Only a session that passed the password and owes the code.
                    .requestMatchers(HttpMethod.POST, SECOND_FACTOR_POSTS)
                    .hasAuthority(SignIns.MFA_PENDING)
                    .requestMatchers("/api/admin/**")
                    .hasRole("ADMIN")
                    // Fully signed in: a session owing its second factor has no ROLE_USER.
                    .requestMatchers("/api/**")
                    .hasRole("USER")
                    .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/v3/api-docs/**", "/v3/api-docs")
                    .permitAll()
                    .anyRequest()
                    .permitAll())
        .csrf(csrf -> csrf.spa())
        .formLogin(
            form ->
                form.loginProcessingUrl("/api/auth/sign-in")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .successHandler(signIn)
                    .failureHandler(signIn)
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/api/auth/sign-out")
                    .logoutSuccessHandler(
                        new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            problems.write(
                                response, ProblemType.NOT_SIGNED_IN, "Sign in to continue."))
                    .accessDeniedHandler(
                        (request, response, e) -> {
                          if (SessionViews.isMfaPending(
                              SecurityContextHolder.getContext().getAuthentication())) {
                            problems.write(
                                response,
                                ProblemType.MFA_REQUIRED,
                                "Enter the code from your authenticator app.");
                          } else if (e instanceof CsrfException) {
                            problems.write(
                                response,
                                ProblemType.CSRF,
                                "The CSRF token is missing or invalid. Reload the page and try again.");
                          } else {
                            problems.write(
                                response, ProblemType.FORBIDDEN, "You are not allowed to do this.");
                          }
                        }))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)))
        .addFilterBefore(new SessionLifetime(absoluteTimeout, clock, problems), LogoutFilter.class)
        // Before every sign-in filter (Upwork's redirect and callback come first).
        .addFilterBefore(
            new RequestLimits(limits, lockout, problems),
            OAuth2AuthorizationRequestRedirectFilter.class)
        .addFilterAfter(new MfaEnrollmentGate(problems), AuthorizationFilter.class)
        .addFilterAfter(
            new TenantSelectionFilter(agencies, tenantScope, problems), MfaEnrollmentGate.class);
    return http.build();
  }

  /**
   * Password sign-in (account checks after the password) and Sign in with Upwork. Built here, not
   * left to the framework, so that no second password provider without those checks exists.
   */
  @Bean
  AuthenticationManager authenticationManager(
      CrewbidUserDetailsService users,
      PasswordEncoder passwords,
      AccountStatusChecks statusChecks,
      UpworkUsers upworkUsers,
      UpworkSignInCalls upworkCalls) {
    DaoAuthenticationProvider password = new DaoAuthenticationProvider(users);
    password.setPasswordEncoder(passwords);
    password.setPostAuthenticationChecks(statusChecks);
    OAuth2LoginAuthenticationProvider upwork =
        new OAuth2LoginAuthenticationProvider(upworkCalls.codeExchanges(), upworkUsers);
    return new ProviderManager(password, upwork);
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
