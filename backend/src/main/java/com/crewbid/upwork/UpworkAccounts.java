package com.crewbid.upwork;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.upwork.client.UpworkGrantLosses;
import com.crewbid.upwork.internal.Links;
import com.crewbid.upwork.internal.UpworkLinkRecord;
import org.springframework.stereotype.Service;

/**
 * The members' links to their Upwork accounts in the current agency ({@link TenantContext}): who
 * acts at Upwork for a member, and how their link stands.
 *
 * <p>A member links in each agency separately. One who signed in with Upwork is linked already in
 * the agency their session enters: the tokens of that sign-in move into the link (they are not
 * copied, so two copies of one refresh token never compete under rotation); a later sign-in gives a
 * broken link to the same account fresh tokens. A member who unlinked stays unlinked until they
 * link again themselves.
 */
@Service
public class UpworkAccounts {

  private final Links links;
  private final UpworkGrantLosses grantLosses;

  UpworkAccounts(Links links, UpworkGrantLosses grantLosses) {
    this.links = links;
    this.grantLosses = grantLosses;
  }

  /**
   * Who acts at Upwork for the member in the current agency; pass it to {@code UpworkClient.query}.
   *
   * @throws ProblemException {@code upwork-not-linked} (409) when the member never linked or
   *     unlinked; {@code upwork-relink-required} (409) when Upwork no longer accepts their link
   * @throws com.crewbid.tenancy.MissingTenantException outside an agency
   */
  public UpworkCaller require(UserId member) {
    TenantId tenant = TenantContext.require("UpworkAccounts.require").id();
    UpworkLinkRecord link =
        links
            .find(member)
            .filter(l -> l.status() != UpworkLinkStatus.UNLINKED)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.UPWORK_NOT_LINKED, "Link your Upwork account first."));
    if (link.status() == UpworkLinkStatus.NEEDS_RELINK) {
      throw relinkRequired();
    }
    UpworkCaller caller =
        new UpworkCaller(tenant, member, link.upworkUserId(), link.organizationId());
    if (!links.holdsTokens(member)) {
      grantLosses.grantLost(caller, "no Upwork authorization is stored");
      throw relinkRequired();
    }
    return caller;
  }

  /** The member's link in the current agency; a never-linked view when there is none. */
  public UpworkLink linkOf(UserId member) {
    return links
        .find(member)
        .map(UpworkLinkRecord::view)
        .orElseGet(() -> UpworkLink.neverLinked(member));
  }

  private static ProblemException relinkRequired() {
    return new ProblemException(
        ProblemType.UPWORK_RELINK_REQUIRED,
        "Upwork no longer accepts your linked account. Link your Upwork account again.");
  }
}
