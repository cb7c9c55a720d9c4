package com.crewbid.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thousands of interleaved requests from several tenants over a pool of two connections (see
 * application-test.yaml): every answer must belong to the tenant that asked.
 */
@IntegrationTest
class TenantLeakUnderConcurrencyIT {

  static final int TENANTS = 4;
  static final int CLIENTS_PER_TENANT = 3;
  static final int REQUESTS_PER_CLIENT = 200;

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;

  @Test
  void whenManyTenantsInterleaveOnTwoConnectionsThenNoRequestSeesAnotherTenantsData()
      throws Exception {
    List<TestAgencies.Agency> tenants = new ArrayList<>();
    for (int i = 0; i < TENANTS; i++) {
      tenants.add(agencies.register("leak" + i));
    }
    ConcurrentLinkedQueue<String> leaks = new ConcurrentLinkedQueue<>();
    AtomicInteger answered = new AtomicInteger();

    try (ExecutorService pool = Executors.newFixedThreadPool(TENANTS * CLIENTS_PER_TENANT)) {
      List<Future<?>> clients = new ArrayList<>();
      for (TestAgencies.Agency tenant : tenants) {
        for (int c = 0; c < CLIENTS_PER_TENANT; c++) {
          clients.add(pool.submit(() -> hammer(tenant, leaks, answered)));
        }
      }
      for (Future<?> client : clients) {
        client.get();
      }
    }

    assertThat(leaks).isEmpty();
    assertThat(answered.get()).isEqualTo(TENANTS * CLIENTS_PER_TENANT * REQUESTS_PER_CLIENT);
  }

  private void hammer(
      TestAgencies.Agency tenant, ConcurrentLinkedQueue<String> leaks, AtomicInteger answered) {
    ApiClient client = new ApiClient(port);
    client.signIn(tenant.ownerEmail(), tenant.ownerPassword());
    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
      boolean profile = i % 2 == 0;
      ApiClient.Response response =
          client.get(profile ? "/api/agency" : "/api/agency/audit-events?size=50");
      if (response.status() != 200) {
        leaks.add(tenant.slug() + " got HTTP " + response.status() + ": " + response.body());
        continue;
      }
      answered.incrementAndGet();
      if (profile) {
        String id = response.json().path("id").asString();
        if (!id.equals(tenant.id().toString())) {
          leaks.add(tenant.slug() + " saw profile " + id);
        }
      } else {
        response
            .json()
            .path("items")
            .forEach(
                item -> {
                  String target = item.path("target").asString();
                  String detailsSlug = item.path("details").path("slug").asString("");
                  if (!detailsSlug.isEmpty() && !detailsSlug.equals(tenant.slug())) {
                    leaks.add(
                        tenant.slug() + " saw audit entry of " + detailsSlug + " (" + target + ")");
                  }
                });
      }
    }
  }
}
