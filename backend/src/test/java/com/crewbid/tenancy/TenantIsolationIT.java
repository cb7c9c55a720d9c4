package com.crewbid.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.internal.AuditEventRecord;
import com.crewbid.identity.internal.AuditEvents;
import com.crewbid.support.ApiClient;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Write as A, read as B: each tenant sees only its own rows, even under the same ids. */
@IntegrationTest
class TenantIsolationIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired TenantScope tenantScope;
  @Autowired AuditEvents auditEvents;
  @Autowired JdbcClient jdbc;

  @Test
  void whenTwoTenantsStoreTheSameIdThenEachReadsOnlyItsOwnThroughRepositories() {
    var a = agencies.register("iso-a");
    var b = agencies.register("iso-b");
    UUID sharedId = UUID.randomUUID();

    tenantScope.runAs(a.id(), () -> auditEvents.save(event(sharedId, "written.by.a")));
    tenantScope.runAs(b.id(), () -> auditEvents.save(event(sharedId, "written.by.b")));

    assertThat(tenantScope.callAs(a.id(), () -> auditEvents.findById(sharedId)))
        .hasValueSatisfying(e -> assertThat(e.action()).isEqualTo("written.by.a"));
    assertThat(tenantScope.callAs(b.id(), () -> auditEvents.findById(sharedId)))
        .hasValueSatisfying(e -> assertThat(e.action()).isEqualTo("written.by.b"));
    assertThat(tenantScope.callAs(a.id(), () -> auditEvents.findByAction("written.by.b")))
        .isEmpty();
    assertThat(tenantScope.callAs(b.id(), () -> auditEvents.findByAction("written.by.a")))
        .isEmpty();
  }

  @Test
  void whenTwoTenantsStoreTheSameIdThenEachReadsOnlyItsOwnOverHttp() {
    var a = agencies.register("iso-http-a");
    var b = agencies.register("iso-http-b");
    UUID sharedId = UUID.randomUUID();
    tenantScope.runAs(a.id(), () -> auditEvents.save(event(sharedId, "http.written.by.a")));
    tenantScope.runAs(b.id(), () -> auditEvents.save(event(sharedId, "http.written.by.b")));

    ApiClient ownerA = new ApiClient(port);
    ownerA.signIn(a.ownerEmail(), a.ownerPassword());
    ApiClient ownerB = new ApiClient(port);
    ownerB.signIn(b.ownerEmail(), b.ownerPassword());

    String auditA = ownerA.get("/api/agency/audit-events?size=100").body();
    String auditB = ownerB.get("/api/agency/audit-events?size=100").body();
    assertThat(auditA).contains("http.written.by.a").doesNotContain("http.written.by.b", b.slug());
    assertThat(auditB).contains("http.written.by.b").doesNotContain("http.written.by.a", a.slug());
    assertThat(ownerA.get("/api/agency").json().path("name").asString()).isEqualTo(a.name());
    assertThat(ownerB.get("/api/agency").json().path("name").asString()).isEqualTo(b.name());
  }

  @Test
  void whenTenantIsProvisionedThenItHasItsOwnSchemaAtTheCurrentVersion() {
    var a = agencies.register("iso-schema");

    Map<String, Object> row =
        jdbc.sql("select schema_name, schema_version, status from platform.tenants where id = ?")
            .param(a.id().value())
            .query()
            .singleRow();
    List<String> tables =
        jdbc.sql(
                "select table_name from information_schema.tables where table_schema = ? order by 1")
            .param(row.get("schema_name"))
            .query(String.class)
            .list();

    assertThat(row.get("status")).isEqualTo("ACTIVE");
    assertThat(row.get("schema_version")).isNotNull();
    assertThat(tables).contains("agency_profile", "audit_events", "flyway_schema_history");
  }

  static AuditEventRecord event(UUID id, String action) {
    return new AuditEventRecord(
        id, Instant.now(), null, null, action, "isolation", null, null, "SUCCESS", null);
  }
}
