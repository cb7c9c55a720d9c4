package com.crewbid.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.agency.internal.AgencyProfileRecords;
import com.crewbid.identity.internal.AuditEvents;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant data without a tenant fails loudly; async work keeps the tenant it was started with. */
@IntegrationTest
class FailClosedIT {

  @Autowired TestAgencies agencies;
  @Autowired TenantScope tenantScope;
  @Autowired AuditEvents auditEvents;
  @Autowired AgencyProfileRecords profiles;
  @Autowired AsyncTaskExecutor applicationTaskExecutor;
  @Autowired TransactionTemplate tx;

  @Test
  void whenTenantRepositoryIsUsedWithoutTenantThenItThrowsBeforeAnySql() {
    assertThatThrownBy(() -> auditEvents.count()).isInstanceOf(MissingTenantException.class);
    assertThatThrownBy(() -> profiles.findById(UUID.randomUUID()))
        .isInstanceOf(MissingTenantException.class);
  }

  @Test
  void whenTenantScopeEndsThenTheTenantIsCleared() {
    var a = agencies.register("closed");

    tenantScope.runAs(a.id(), () -> assertThat(TenantContext.current()).isPresent());

    assertThat(TenantContext.current()).isEmpty();
    assertThatThrownBy(() -> auditEvents.count()).isInstanceOf(MissingTenantException.class);
  }

  @Test
  void whenWorkThrowsInsideTenantScopeThenTheTenantIsStillCleared() {
    var a = agencies.register("closed-throw");

    assertThatThrownBy(
            () ->
                tenantScope.runAs(
                    a.id(),
                    () -> {
                      throw new IllegalArgumentException("boom");
                    }))
        .hasMessage("boom");

    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void whenAsyncWorkIsSubmittedInsideTenantScopeThenItSeesThatTenant() throws Exception {
    var a = agencies.register("async-a");
    var b = agencies.register("async-b");

    CompletableFuture<String> seenByA = new CompletableFuture<>();
    CompletableFuture<String> seenByB = new CompletableFuture<>();
    tenantScope.runAs(
        a.id(), () -> applicationTaskExecutor.submit(() -> seenByA.complete(profileName())));
    tenantScope.runAs(
        b.id(), () -> applicationTaskExecutor.submit(() -> seenByB.complete(profileName())));

    assertThat(seenByA.get(10, TimeUnit.SECONDS)).isEqualTo(a.name());
    assertThat(seenByB.get(10, TimeUnit.SECONDS)).isEqualTo(b.name());
  }

  @Test
  void whenTenantScopeIsEnteredInsideAnotherTenantsTransactionThenItRefuses() {
    var a = agencies.register("tx-a");
    var b = agencies.register("tx-b");

    assertThatThrownBy(
            () ->
                tenantScope.runAs(
                    a.id(),
                    () ->
                        tx.executeWithoutResult(
                            status -> tenantScope.runAs(b.id(), auditEvents::count))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before the transaction");
  }

  private String profileName() {
    String tenant = TenantContext.require("test").id().value().toString();
    return profiles.findById(UUID.fromString(tenant)).orElseThrow().name();
  }
}
