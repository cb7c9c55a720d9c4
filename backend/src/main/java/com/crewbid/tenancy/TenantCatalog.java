package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.internal.TenantRecord;
import com.crewbid.tenancy.internal.TenantRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the catalog of agencies in the platform schema. */
@Service
@Transactional(readOnly = true)
public class TenantCatalog {

  private final TenantRecords records;
  private final ApplicationEventPublisher events;

  TenantCatalog(TenantRecords records, ApplicationEventPublisher events) {
    this.records = records;
    this.events = events;
  }

  public Optional<TenantSummary> find(TenantId id) {
    return records.findById(id.value()).map(TenantRecord::toSummary);
  }

  public Optional<TenantSummary> findBySlug(String slug) {
    return records.findBySlug(slug).map(TenantRecord::toSummary);
  }

  public boolean slugTaken(String slug) {
    return records.existsBySlug(slug);
  }

  public Page<TenantSummary> list(TenantStatus status, Pageable pageable) {
    Page<TenantRecord> page =
        status == null ? records.findAll(pageable) : records.findByStatus(status, pageable);
    return page.map(TenantRecord::toSummary);
  }

  /**
   * The ids of every tenant with that status (null: all), for work that visits each tenant in turn
   * (schedules).
   */
  public List<TenantId> ids(TenantStatus status) {
    List<TenantId> ids = new ArrayList<>();
    Page<TenantSummary> page = list(status, PageRequest.of(0, 500));
    page.forEach(t -> ids.add(t.id()));
    while (page.hasNext()) {
      page = list(status, page.nextPageable());
      page.forEach(t -> ids.add(t.id()));
    }
    return ids;
  }

  @Transactional
  public TenantSummary suspend(TenantId id) {
    TenantRecord tenant = load(id);
    tenant.suspend();
    events.publishEvent(new TenantSuspended(id));
    return tenant.toSummary();
  }

  @Transactional
  public TenantSummary restore(TenantId id) {
    TenantRecord tenant = load(id);
    tenant.restore();
    events.publishEvent(new TenantRestored(id));
    return tenant.toSummary();
  }

  @Transactional
  public void rename(TenantId id, String name) {
    load(id).rename(name);
  }

  private TenantRecord load(TenantId id) {
    return records.findById(id.value()).orElseThrow(() -> new UnknownTenantException(id));
  }
}
