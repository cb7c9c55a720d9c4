package com.crewbid.upwork.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.shared.web.PageResponse;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.upwork.internal.AgencyLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agency/upwork-accounts")
@Tag(
    name = "Linked accounts",
    description = "The members' links to Upwork, for owners and managers")
class AgencyUpworkAccountsController {

  /** A member of the agency and their Upwork link. */
  record LinkedAccount(Member member, LinkResponse link) {

    record Member(UUID id, String displayName, String email, AgencyRole role) {}

    static LinkedAccount of(AgencyLinks.Row row) {
      return new LinkedAccount(
          new Member(
              row.member().person().id().value(),
              row.member().person().displayName(),
              row.member().person().email(),
              row.member().role()),
          LinkResponse.of(row.link()));
    }
  }

  private static final Map<String, Comparator<LinkedAccount>> ORDERS =
      Map.of(
          "name",
          Comparator.comparing(a -> a.member().displayName().toLowerCase(java.util.Locale.ROOT)),
          "email",
          Comparator.comparing(a -> a.member().email().toLowerCase(java.util.Locale.ROOT)),
          "role",
          Comparator.comparing(a -> a.member().role()),
          "state",
          Comparator.comparing(a -> a.link().state()),
          "lastSyncAt",
          Comparator.comparing(
              a -> a.link().lastSyncAt(),
              Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));

  private final AgencyLinks links;

  AgencyUpworkAccountsController(AgencyLinks links) {
    this.links = links;
  }

  @GetMapping
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary =
          "Every member's Upwork link: state, Upwork name, organization, last sync and error"
              + " (OWNER, MANAGER)",
      description =
          "state LINKED, NEEDS_RELINK, UNLINKED or NEVER_LINKED. Sort by name, email, role, state"
              + " or lastSyncAt.")
  PageResponse<LinkedAccount> list(@PageableDefault(size = 20, sort = "name") Pageable pageable) {
    Comparator<LinkedAccount> order = order(pageable.getSort());
    List<LinkedAccount> all = links.rows().stream().map(LinkedAccount::of).sorted(order).toList();
    int from = (int) Math.min(all.size(), pageable.getOffset());
    int to = Math.min(all.size(), from + pageable.getPageSize());
    return new PageResponse<>(
        all.subList(from, to), pageable.getPageNumber(), pageable.getPageSize(), all.size());
  }

  @PostMapping("/{memberId}/relink-request")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Ask a member by e-mail to link their Upwork account (again) (OWNER, MANAGER)",
      description = "Audited. 404 when no such member; 409 when their link works.")
  ResponseEntity<LinkedAccount> requestRelink(@PathVariable UUID memberId) {
    return ResponseEntity.accepted().body(LinkedAccount.of(links.requestRelink(memberId)));
  }

  private static Comparator<LinkedAccount> order(Sort sort) {
    Comparator<LinkedAccount> order = null;
    for (Sort.Order by : sort) {
      Comparator<LinkedAccount> next = ORDERS.get(by.getProperty());
      if (next == null) {
        throw new ProblemException(
            ProblemType.VALIDATION,
            "Cannot sort by '" + by.getProperty() + "'.",
            List.of(new ProblemException.FieldProblem("sort", "unknown property")));
      }
      next = by.isDescending() ? next.reversed() : next;
      order = order == null ? next : order.thenComparing(next);
    }
    return order == null ? ORDERS.get("name") : order.thenComparing(ORDERS.get("email"));
  }
}
