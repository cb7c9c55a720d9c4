package com.crewbid.upwork.internal;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.UpworkLink;
import com.crewbid.upwork.client.UpworkClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The Upwork organizations a member may act in ({@code companySelector}) and the one they chose: it
 * goes to Upwork as {@code X-Upwork-API-TenantId} on every call made for them.
 */
@Service
public class LinkOrganizations {

  record CompanySelector(@Nullable List<CompanySelectorItem> items) {}

  record CompanySelectorItem(
      String title, String organizationId, @Nullable String organizationType) {}

  private final UpworkAccounts accounts;
  private final UpworkClient client;
  private final Links links;
  private final AuditLog audit;

  LinkOrganizations(UpworkAccounts accounts, UpworkClient client, Links links, AuditLog audit) {
    this.accounts = accounts;
    this.client = client;
    this.links = links;
    this.audit = audit;
  }

  /** What Upwork's company selector offers the member now. */
  public List<UpworkLink.Organization> available(UserId member) {
    UpworkCaller linked = accounts.require(member);
    // Asked without an organization: the list does not depend on the one chosen before.
    UpworkCaller personal =
        new UpworkCaller(linked.tenant(), linked.member(), linked.upworkUserId(), null);
    CompanySelector selector =
        client
            .query(
                personal, UpworkDocuments.COMPANIES, null, "companySelector", CompanySelector.class)
            .value()
            .orElse(new CompanySelector(List.of()));
    return (selector.items() == null ? List.<CompanySelectorItem>of() : selector.items())
        .stream()
            .filter(Objects::nonNull)
            .map(
                i ->
                    new UpworkLink.Organization(
                        i.organizationId(), i.title(), i.organizationType()))
            .toList();
  }

  /**
   * Makes the member act in one of their organizations (null: their personal one).
   *
   * @throws ProblemException validation when Upwork does not offer that organization to them;
   *     stale-version when the link changed since {@code expectedVersion}
   */
  public UpworkLink choose(UserId member, long expectedVersion, @Nullable String organizationId) {
    UpworkLink.Organization chosen = null;
    if (organizationId != null) {
      chosen =
          available(member).stream()
              .filter(o -> o.id().equals(organizationId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ProblemException(
                          ProblemType.VALIDATION,
                          "This is not one of your Upwork organizations.",
                          List.of(
                              new ProblemException.FieldProblem(
                                  "organizationId",
                                  "Choose one of the organizations Upwork lists for you."))));
    }
    UpworkLink link = links.organizationChosen(member, expectedVersion, chosen).view();
    Map<String, Object> details = new HashMap<>();
    details.put("organizationId", chosen == null ? "personal" : chosen.id());
    audit.record("upwork.organization-chosen", link.upworkUserId(), AuditOutcome.SUCCESS, details);
    return link;
  }
}
