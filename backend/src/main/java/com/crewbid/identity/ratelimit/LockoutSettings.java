package com.crewbid.identity.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code crewbid.lockout.*}: see {@link LoginLockout} for what each setting does. */
@ConfigurationProperties("crewbid.lockout")
record LockoutSettings(
    @DefaultValue("5") int threshold,
    @DefaultValue("1m") Duration firstDelay,
    @DefaultValue("1h") Duration maxDelay,
    @DefaultValue("100") int hourlyFailureCap,
    @DefaultValue("24h") Duration forgetAfter) {}
