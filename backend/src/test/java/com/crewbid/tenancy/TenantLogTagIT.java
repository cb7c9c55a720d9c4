package com.crewbid.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every log line written for a tenant names it; lines outside any tenant name none. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TenantLogTagIT {

  private static final Logger log = LoggerFactory.getLogger(TenantLogTagIT.class);

  @Autowired TenantScope tenantScope;
  @Autowired TestAgencies agencies;

  @Test
  void whenWorkRunsInsideATenantThenItsLogLinesCarryTheTenantTag(CapturedOutput output) {
    var agency = agencies.register("log-tag");
    String inside = "inside-" + UUID.randomUUID();
    String after = "after-" + UUID.randomUUID();

    tenantScope.runAs(agency.id(), () -> log.info(inside));
    log.info(after);

    assertThat(line(output, inside)).contains("[tenant=" + agency.id() + "]");
    assertThat(line(output, after)).contains("[tenant=]");
  }

  private static String line(CapturedOutput output, String marker) {
    return output.getOut().lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
  }
}
