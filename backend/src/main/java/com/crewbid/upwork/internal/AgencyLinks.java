package com.crewbid.upwork.internal;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.MemberNotices;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantSummary;
import com.crewbid.upwork.UpworkLink;
import com.crewbid.upwork.UpworkLinkStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The agency's view of its members' Upwork links, for owners and managers: every member with the
 * state of their link (never linked included), and asking a member to link again.
 */
@Service
public class AgencyLinks {

  /** A member and their link. */
  public record Row(UserAccounts.Member member, UpworkLink link) {}

  private final UserAccounts accounts;
  private final Links links;
  private final MemberNotices notices;
  private final TenantCatalog catalog;
  private final AuditLog audit;

  AgencyLinks(
      UserAccounts accounts,
      Links links,
      MemberNotices notices,
      TenantCatalog catalog,
      AuditLog audit) {
    this.accounts = accounts;
    this.links = links;
    this.notices = notices;
    this.catalog = catalog;
    this.audit = audit;
  }

  /** Every member of the current agency with their link, in no particular order. */
  public List<Row> rows() {
    TenantId tenant = CurrentMember.require().tenantId();
    Map<UserId, UpworkLink> byMember =
        links.all().stream()
            .map(UpworkLinkRecord::view)
            .collect(Collectors.toMap(UpworkLink::member, Function.identity()));
    return accounts.members(tenant).stream()
        .map(
            m ->
                new Row(
                    m,
                    byMember.getOrDefault(
                        m.person().id(), UpworkLink.neverLinked(m.person().id()))))
        .toList();
  }

  /**
   * E-mails a member that they should link their Upwork account (again), and notes when it was
   * asked.
   *
   * @throws ProblemException not-found when no such member is in the agency; conflict when their
   *     link works
   */
  public Row requestRelink(UUID memberId) {
    CurrentMember actor = CurrentMember.require();
    UserId member = UserId.of(memberId);
    UserAccounts.Member target =
        accounts.members(actor.tenantId()).stream()
            .filter(m -> m.person().id().equals(member))
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("The member"));
    UpworkLink current =
        links.find(member).map(UpworkLinkRecord::view).orElse(UpworkLink.neverLinked(member));
    if (current.status() == UpworkLinkStatus.LINKED) {
      throw ProblemException.conflict(
          "This member's Upwork link works; there is nothing to link again.");
    }
    UpworkLink updated = links.relinkRequested(member).map(UpworkLinkRecord::view).orElse(current);
    String agency = catalog.find(actor.tenantId()).map(TenantSummary::name).orElse("your agency");
    String asker =
        accounts.person(actor.userId()).map(UserAccounts.Person::displayName).orElse(actor.email());
    boolean again = current.status() != null;
    boolean mailed =
        notices.mail(
            member,
            again
                ? "Please link your Upwork account to Crewbid again"
                : "Please link your Upwork account to Crewbid",
            asker
                + " asks you to link your Upwork account"
                + (again ? " again" : "")
                + " in "
                + agency
                + " on Crewbid, so that work at Upwork can be done for you. Open your Upwork"
                + " account page:",
            LinkNotices.MY_ACCOUNT_PAGE);
    audit.record(
        "upwork.relink-requested",
        target.person().email(),
        AuditOutcome.SUCCESS,
        Map.of(
            "state",
            current.status() == null ? "NEVER_LINKED" : current.status().name(),
            "mailed",
            mailed));
    return new Row(target, updated);
  }
}
