package com.crewbid.upwork;

import com.crewbid.secrets.SealedSecretsOwner;
import com.crewbid.secrets.SecretSealer;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps people's Upwork tokens in the platform schema, sealed with Tink and bound (associated data)
 * to the registration and the principal they belong to, so a ciphertext copied to another row does
 * not open. Access and refresh token are written together in one statement: after a refresh the
 * rotated refresh token is never lost. Tokens never reach a log or an exception.
 *
 * <p>Two kinds of principal hold tokens: a member's link in an agency, {@link
 * #memberPrincipal(TenantId, UserId) tenant:&lt;tenant&gt;:user:&lt;user&gt;} (the associated data
 * binds both, and the row names its tenant and person so that it goes with them); and, until the
 * person enters an agency, the tokens of a "Sign in with Upwork" under the Upwork user id. Entering
 * an agency {@link #move moves} the latter into the member's link: one refresh token is never held
 * twice, so rotation cannot leave one copy behind with a dead token.
 */
@Service
public class SealedAuthorizedClients implements OAuth2AuthorizedClientService, SealedSecretsOwner {

  private static final String MEMBER_PREFIX = "tenant:";
  private static final Pattern MEMBER =
      Pattern.compile("tenant:([0-9a-f-]{36}):user:([0-9a-f-]{36})");

  private final JdbcClient jdbc;
  private final SecretSealer sealer;
  private final ClientRegistrationRepository registrations;

  SealedAuthorizedClients(
      JdbcClient jdbc, SecretSealer sealer, ClientRegistrationRepository registrations) {
    this.jdbc = jdbc;
    this.sealer = sealer;
    this.registrations = registrations;
  }

  record Row(
      String registrationId,
      String principalName,
      String accessTokenSealed,
      Timestamp accessIssuedAt,
      Timestamp accessExpiresAt,
      String refreshTokenSealed,
      Timestamp refreshIssuedAt) {}

  @Override
  @SuppressWarnings("unchecked")
  public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
      String registrationId, String principalName) {
    ClientRegistration registration = registrations.findByRegistrationId(registrationId);
    if (registration == null) {
      return null;
    }
    return (T)
        jdbc.sql(
                "select * from platform.upwork_authorized_clients where registration_id = ? and principal_name = ?")
            .params(registrationId, principalName)
            .query(Row.class)
            .optional()
            .map(row -> open(registration, row))
            .orElse(null);
  }

  @Override
  @Transactional
  public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal) {
    save(client.getClientRegistration().getRegistrationId(), principal.getName(), client);
  }

  /** Stores tokens under a principal of our own naming (not a signed-in person). */
  @Transactional
  public void store(String principalName, OAuth2AuthorizedClient client) {
    save(client.getClientRegistration().getRegistrationId(), principalName, client);
  }

  /** The principal under which a member's link keeps its tokens. */
  public static String memberPrincipal(TenantId tenant, UserId member) {
    return MEMBER_PREFIX + tenant.value() + ":user:" + member.value();
  }

  /** Whether tokens are stored for the principal. */
  @Transactional(readOnly = true)
  public boolean holds(String registrationId, String principalName) {
    return jdbc.sql(
            "select exists (select 1 from platform.upwork_authorized_clients where registration_id = ?"
                + " and principal_name = ?)")
        .params(registrationId, principalName)
        .query(Boolean.class)
        .single();
  }

  /**
   * Moves the tokens of one principal to another, replacing what the other held, sealed again for
   * their new owner; the first principal holds nothing afterwards.
   *
   * @return false when the first principal held nothing (nothing changed)
   */
  @Transactional
  public boolean move(String registrationId, String fromPrincipal, String toPrincipal) {
    ClientRegistration registration = registrations.findByRegistrationId(registrationId);
    if (registration == null) {
      return false;
    }
    var from =
        jdbc.sql(
                "select * from platform.upwork_authorized_clients where registration_id = ? and principal_name = ?"
                    + " for update")
            .params(registrationId, fromPrincipal)
            .query(Row.class)
            .optional();
    if (from.isEmpty()) {
      return false;
    }
    OAuth2AuthorizedClient tokens = open(registration, from.get());
    save(registrationId, toPrincipal, tokens);
    removeAuthorizedClient(registrationId, fromPrincipal);
    return true;
  }

  /** A member's link whose tokens are stored. */
  public record MemberGrant(TenantId tenant, UserId member) {}

  /**
   * Members' links whose refresh token was issued before {@code cutoff} (or at an unknown time),
   * the oldest first, at most {@code limit}.
   */
  @Transactional(readOnly = true)
  public List<MemberGrant> memberGrantsIssuedBefore(Instant cutoff, int limit) {
    return jdbc.sql(
            "select tenant_id, user_id from platform.upwork_authorized_clients"
                + " where registration_id = ? and tenant_id is not null and user_id is not null"
                + " and refresh_token_sealed is not null"
                + " and (refresh_issued_at is null or refresh_issued_at < ?)"
                + " order by refresh_issued_at nulls first limit ?")
        .params(UpworkTokens.REGISTRATION, Timestamp.from(cutoff), limit)
        .query(
            (rs, n) ->
                new MemberGrant(
                    new TenantId(rs.getObject("tenant_id", UUID.class)),
                    new UserId(rs.getObject("user_id", UUID.class))))
        .list();
  }

  /** When the refresh token stored for the principal was issued; empty when none is stored. */
  @Transactional(readOnly = true)
  public java.util.Optional<Instant> refreshIssuedAt(String registrationId, String principalName) {
    return jdbc.sql(
            "select refresh_issued_at from platform.upwork_authorized_clients"
                + " where registration_id = ? and principal_name = ?")
        .params(registrationId, principalName)
        .query(
            (rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
        .optional()
        .flatMap(t -> t);
  }

  /** Removes every token of a member's link. */
  @Transactional
  public void removeMember(TenantId tenant, UserId member) {
    jdbc.sql("delete from platform.upwork_authorized_clients where principal_name = ?")
        .param(memberPrincipal(tenant, member))
        .update();
  }

  private void save(String registrationId, String name, OAuth2AuthorizedClient client) {
    String ad = associatedData(registrationId, name);
    OAuth2AccessToken access = client.getAccessToken();
    OAuth2RefreshToken refresh = client.getRefreshToken();
    UUID[] owner = ownerOf(name);
    jdbc.sql(
            "insert into platform.upwork_authorized_clients (registration_id, principal_name, access_token_sealed,"
                + " access_issued_at, access_expires_at, refresh_token_sealed, refresh_issued_at, updated_at,"
                + " tenant_id, user_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, now(), ?, ?) on conflict (registration_id, principal_name) do update set"
                + " access_token_sealed = excluded.access_token_sealed, access_issued_at = excluded.access_issued_at,"
                + " access_expires_at = excluded.access_expires_at,"
                + " refresh_token_sealed = coalesce(excluded.refresh_token_sealed,"
                + " upwork_authorized_clients.refresh_token_sealed),"
                + " refresh_issued_at = coalesce(excluded.refresh_issued_at, upwork_authorized_clients.refresh_issued_at),"
                + " updated_at = now()")
        .params(
            registrationId,
            name,
            sealer.sealText(access.getTokenValue(), ad),
            timestamp(access.getIssuedAt()),
            timestamp(access.getExpiresAt()),
            refresh == null ? null : sealer.sealText(refresh.getTokenValue(), ad),
            refresh == null ? null : timestamp(refresh.getIssuedAt()),
            owner[0],
            owner[1])
        .update();
  }

  /** The tenant and person a member principal names; nulls for any other principal. */
  private static UUID[] ownerOf(String principalName) {
    Matcher member = MEMBER.matcher(principalName);
    return member.matches()
        ? new UUID[] {UUID.fromString(member.group(1)), UUID.fromString(member.group(2))}
        : new UUID[] {null, null};
  }

  @Override
  @Transactional
  public void removeAuthorizedClient(String registrationId, String principalName) {
    jdbc.sql(
            "delete from platform.upwork_authorized_clients where registration_id = ? and principal_name = ?")
        .params(registrationId, principalName)
        .update();
  }

  @Override
  @Transactional
  public int resealAll(SecretSealer sealer) {
    int resealed = 0;
    List<Row> rows =
        jdbc.sql("select * from platform.upwork_authorized_clients for update")
            .query(Row.class)
            .list();
    for (Row row : rows) {
      String ad = associatedData(row.registrationId(), row.principalName());
      boolean access = sealer.needsReseal(row.accessTokenSealed());
      boolean refresh =
          row.refreshTokenSealed() != null && sealer.needsReseal(row.refreshTokenSealed());
      if (access || refresh) {
        jdbc.sql(
                "update platform.upwork_authorized_clients set access_token_sealed = ?, refresh_token_sealed = ?"
                    + " where registration_id = ? and principal_name = ?")
            .params(
                access ? sealer.reseal(row.accessTokenSealed(), ad) : row.accessTokenSealed(),
                refresh ? sealer.reseal(row.refreshTokenSealed(), ad) : row.refreshTokenSealed(),
                row.registrationId(),
                row.principalName())
            .update();
        resealed++;
      }
    }
    return resealed;
  }

  private OAuth2AuthorizedClient open(ClientRegistration registration, Row row) {
    String ad = associatedData(row.registrationId(), row.principalName());
    OAuth2AccessToken access =
        new OAuth2AccessToken(
            OAuth2AccessToken.TokenType.BEARER,
            sealer.openText(row.accessTokenSealed(), ad),
            instant(row.accessIssuedAt()),
            instant(row.accessExpiresAt()));
    OAuth2RefreshToken refresh =
        row.refreshTokenSealed() == null
            ? null
            : new OAuth2RefreshToken(
                sealer.openText(row.refreshTokenSealed(), ad), instant(row.refreshIssuedAt()));
    return new OAuth2AuthorizedClient(registration, row.principalName(), access, refresh);
  }

  static String associatedData(String registrationId, String principalName) {
    return "oauth-client:" + registrationId + ":" + principalName;
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
