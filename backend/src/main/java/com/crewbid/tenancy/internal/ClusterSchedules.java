package com.crewbid.tenancy.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cluster-wide schedules: a method annotated with {@code @Scheduled} and ShedLock's
 * {@code @SchedulerLock} runs on one replica at a time, the lock held in {@code platform.shedlock}
 * with the database's clock. Schedules that work on tenant data enter each tenant through {@link
 * com.crewbid.tenancy.TenantScope}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterSchedules {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTableName("platform.shedlock")
            .usingDbTime()
            .build());
  }
}
