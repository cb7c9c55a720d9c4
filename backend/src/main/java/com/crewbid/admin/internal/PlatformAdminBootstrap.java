package com.crewbid.admin.internal;

import com.crewbid.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the platform admin named in the configuration ({@code crewbid.bootstrap.admin.*}) if no
 * account with that e-mail exists. An existing account keeps its password.
 */
@Component
@Order(10)
class PlatformAdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

  private final UserAccounts accounts;
  private final String email;
  private final String password;
  private final String name;

  PlatformAdminBootstrap(
      UserAccounts accounts,
      @Value("${crewbid.bootstrap.admin.email:}") String email,
      @Value("${crewbid.bootstrap.admin.password:}") String password,
      @Value("${crewbid.bootstrap.admin.name:Platform admin}") String name) {
    this.accounts = accounts;
    this.email = email;
    this.password = password;
    this.name = name;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
      log.info("No platform admin configured (crewbid.bootstrap.admin.email/password)");
      return;
    }
    if (password.length() < 12) {
      throw new IllegalStateException(
          "crewbid.bootstrap.admin.password must have at least 12 characters");
    }
    boolean created = accounts.ensurePlatformAdmin(email, name, password);
    log.info(created ? "Created platform admin {}" : "Platform admin {} exists", email);
  }
}
