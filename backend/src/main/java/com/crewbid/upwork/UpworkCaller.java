package com.crewbid.upwork;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Who acts at Upwork for a member of an agency: the member, the Upwork account their link names,
 * and the Upwork organization they chose to act in ({@code X-Upwork-API-TenantId}; null for their
 * personal one). Obtain one from {@link UpworkAccounts#require}; pass it to {@code
 * UpworkClient.query}.
 */
public record UpworkCaller(
    TenantId tenant, UserId member, String upworkUserId, @Nullable String organizationId) {

  /** The principal under which the member's tokens are sealed in the vault. */
  public String vaultPrincipal() {
    return SealedAuthorizedClients.memberPrincipal(tenant, member);
  }
}
