package com.crewbid.upwork.internal;

import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.client.UpworkClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Asks Upwork who a link's tokens belong to ({@code user}), and records the name and profile key.
 */
@Component
public class LinkIdentities {

  /** Upwork's {@code CurrentUser}, as much as linking needs. */
  public record WhoAmI(String id, @Nullable String name, @Nullable String ciphertext) {}

  private final UpworkClient client;
  private final Links links;

  LinkIdentities(UpworkClient client, Links links) {
    this.client = client;
    this.links = links;
  }

  /** Who the tokens stored under a vault principal belong to, as Upwork says. */
  WhoAmI whoAmI(String principal) {
    return client
        .query(principal, null, UpworkDocuments.WHO_AM_I, null, "user", WhoAmI.class)
        .value()
        .filter(who -> who.id() != null && !who.id().isBlank())
        .orElseThrow(() -> new IllegalStateException("Upwork did not name the linked user"));
  }

  /** Asks Upwork who the member's linked account is and records its name and profile key. */
  void refresh(UserId member) {
    links
        .find(member)
        .ifPresent(
            link -> {
              UpworkCaller caller =
                  new UpworkCaller(
                      TenantContext.require("LinkIdentities").id(),
                      member,
                      link.upworkUserId(),
                      link.organizationId());
              WhoAmI who =
                  client
                      .query(caller, UpworkDocuments.WHO_AM_I, null, "user", WhoAmI.class)
                      .value()
                      .orElseThrow(
                          () -> new IllegalStateException("Upwork did not name the linked user"));
              links.identified(member, who.name(), who.ciphertext());
            });
  }
}
