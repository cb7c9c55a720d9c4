package com.crewbid.secrets;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the sealer over the stored keyset and the master key from configuration. */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

  static final String DEFAULT_KEYSET = "default";

  @Bean
  MasterKey secretsMasterKey(
      @Value("${crewbid.secrets.master-key:}") String configuredKey,
      @Value("${crewbid.secrets.generate-master-key-file:}") String generatedKeyFile) {
    return MasterKey.resolve(configuredKey, generatedKeyFile);
  }

  @Bean
  SecretKeys secretKeys(
      DataSource dataSource,
      MasterKey masterKey,
      @Value("${crewbid.secrets.keyset-refresh-interval:30s}") Duration refreshInterval) {
    return new SecretKeys(
        new KeysetStore(dataSource), masterKey, DEFAULT_KEYSET, refreshInterval, Clock.systemUTC());
  }

  @Bean
  SecretSealer secretSealer(SecretKeys keys) {
    return new SecretSealer(keys);
  }

  @Bean
  SecretRotation secretRotation(
      SecretKeys keys, SecretSealer sealer, ObjectProvider<SealedSecretsOwner> owners) {
    return new SecretRotation(keys, sealer, owners);
  }
}
