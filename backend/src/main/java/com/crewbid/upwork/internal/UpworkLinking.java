package com.crewbid.upwork.internal;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.upwork.SealedAuthorizedClients;
import com.crewbid.upwork.UpworkLink;
import com.crewbid.upwork.client.UpworkException;
import com.crewbid.upwork.client.UpworkThrottled;
import com.crewbid.upwork.client.UpworkTokenEndpoint;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.stereotype.Service;

/**
 * Links a member's Upwork account through Upwork's authorization-code flow (with {@code state}, and
 * PKCE when the registration asks for it): {@link #start} remembers the attempt in the session and
 * names Upwork's consent page; Upwork sends the browser back to the SPA's "My Upwork account" page,
 * which hands code and state to {@link #complete}. The code is exchanged, Upwork's {@code user}
 * query says whose tokens they are, and only then do they become the member's link.
 */
@Service
public class UpworkLinking {

  /** Where Upwork sends the browser back: a page of the SPA. */
  public static final String CALLBACK_PATH = "/upwork/account/callback";

  static final String PENDING = UpworkLinking.class.getName() + ".pending";
  static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(15);

  private static final Logger log = LoggerFactory.getLogger(UpworkLinking.class);
  private static final Pattern OAUTH_ERROR_CODE = Pattern.compile("[a-z_]{1,40}");

  /** One linking attempt of one member in one agency, kept in their session. */
  record Attempt(OAuth2AuthorizationRequest request, UUID tenant, UUID member, Instant startedAt)
      implements Serializable {}

  private final ClientRegistrationRepository registrations;
  private final SealedAuthorizedClients vault;
  private final LinkIdentities identities;
  private final Links links;
  private final AuditLog audit;
  private final ProfileSync sync;
  private final Clock clock;
  private final StringKeyGenerator states =
      new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 32);
  private final RestClientAuthorizationCodeTokenResponseClient tokenEndpoint;

  UpworkLinking(
      ClientRegistrationRepository registrations,
      SealedAuthorizedClients vault,
      LinkIdentities identities,
      Links links,
      AuditLog audit,
      ProfileSync sync,
      UpworkTokenEndpoint tokens,
      Clock clock) {
    this.sync = sync;
    this.tokenEndpoint = tokens.codeExchanges();
    this.registrations = registrations;
    this.vault = vault;
    this.identities = identities;
    this.links = links;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Starts linking the current member's Upwork account (or linking it again).
   *
   * @param baseUrl this application's address as the browser sees it
   * @return Upwork's consent page to send the browser to
   */
  public URI start(HttpSession session, String baseUrl) {
    CurrentMember me = CurrentMember.require();
    ClientRegistration upwork = registration();
    OAuth2AuthorizationRequest.Builder request =
        OAuth2AuthorizationRequest.authorizationCode()
            .authorizationUri(upwork.getProviderDetails().getAuthorizationUri())
            .clientId(upwork.getClientId())
            .redirectUri(baseUrl.replaceAll("/+$", "") + CALLBACK_PATH)
            .state(states.generateKey())
            .attributes(
                attributes ->
                    attributes.put(OAuth2ParameterNames.REGISTRATION_ID, Links.REGISTRATION));
    if (upwork.getClientSettings().isRequireProofKey()) {
      OAuth2AuthorizationRequestCustomizers.withPkce().accept(request);
    }
    OAuth2AuthorizationRequest built = request.build();
    session.setAttribute(
        PENDING, new Attempt(built, me.tenantId().value(), me.userId().value(), clock.instant()));
    return URI.create(built.getAuthorizationRequestUri());
  }

  /**
   * Completes the attempt the session started with what Upwork sent back. The attempt is used up
   * whatever happens.
   *
   * @param error Upwork's {@code error} parameter (the member declined, for example), else null
   * @throws ProblemException {@code upwork-link-state} when the answer does not belong to the
   *     attempt; {@code upwork-consent-denied} when the member declined; {@code
   *     upwork-account-in-use} when another member of the agency linked that Upwork account
   */
  public UpworkLink complete(
      HttpSession session, @Nullable String code, @Nullable String state, @Nullable String error) {
    CurrentMember me = CurrentMember.require();
    Attempt attempt = (Attempt) session.getAttribute(PENDING);
    session.removeAttribute(PENDING);
    if (attempt == null
        || !attempt.tenant().equals(me.tenantId().value())
        || !attempt.member().equals(me.userId().value())
        || attempt.startedAt().plus(ATTEMPT_LIFETIME).isBefore(clock.instant())
        || !sameState(attempt.request().getState(), state)) {
      audit.record("upwork.link-refused", "state", AuditOutcome.DENIED, Map.of("reason", "state"));
      throw new ProblemException(
          ProblemType.UPWORK_LINK_STATE,
          "This answer from Upwork does not belong to the link you started here (or it took"
              + " too long). Start linking again.");
    }
    if (error != null) {
      String reason = OAUTH_ERROR_CODE.matcher(error).matches() ? error : "error";
      audit.record("upwork.link-refused", reason, AuditOutcome.FAILURE, Map.of("reason", reason));
      if ("access_denied".equals(reason)) {
        throw new ProblemException(
            ProblemType.UPWORK_CONSENT_DENIED,
            "You did not allow Crewbid to use your Upwork account, so nothing was linked.");
      }
      throw new ProblemException(
          ProblemType.UPWORK_ERROR, "Upwork refused the link (" + reason + "). Try again.");
    }
    if (code == null || code.isBlank()) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          "Upwork's answer has no code.",
          java.util.List.of(new ProblemException.FieldProblem("code", "missing")));
    }
    ClientRegistration upwork = registration();
    OAuth2AccessTokenResponse tokens = exchange(upwork, attempt.request(), code, state);
    String staging = "link-pending:" + me.tenantId() + ":" + me.userId() + ":" + UUID.randomUUID();
    vault.store(
        staging,
        new OAuth2AuthorizedClient(
            upwork, staging, tokens.getAccessToken(), tokens.getRefreshToken()));
    try {
      LinkIdentities.WhoAmI who;
      try {
        who = identities.whoAmI(staging);
      } catch (UpworkException | IllegalStateException e) {
        log.info("Upwork did not say whose new link tokens these are: {}", e.getMessage());
        throw new ProblemException(
            ProblemType.UPWORK_UNAVAILABLE,
            "Upwork did not confirm which account you linked. Try again in a moment.");
      }
      UpworkLinkRecord linked;
      try {
        linked = links.linkVerified(me.userId(), staging, who.id(), who.name(), who.ciphertext());
      } catch (ProblemException inUse) {
        audit.record(
            "upwork.link-refused",
            who.id(),
            AuditOutcome.DENIED,
            Map.of("reason", "account-in-use"));
        throw inUse;
      }
      audit.record("upwork.linked", who.id(), AuditOutcome.SUCCESS, Map.of("via", "oauth"));
      return syncAfterLinking(linked.view());
    } finally {
      // Gone already when the link took them; otherwise they must not linger.
      vault.removeAuthorizedClient(Links.REGISTRATION, staging);
    }
  }

  /** The member unlinks: the tokens leave the vault; the agency sees the link as unlinked. */
  public void unlink() {
    CurrentMember me = CurrentMember.require();
    UpworkLinkRecord link =
        links.unlink(me.userId()).orElseThrow(() -> ProblemException.notFound("Your Upwork link"));
    audit.record("upwork.unlinked", link.upworkUserId(), AuditOutcome.SUCCESS, Map.of());
  }

  /** A fresh link imports the profile right away; the link is returned with that import running. */
  private UpworkLink syncAfterLinking(UpworkLink linked) {
    try {
      return sync.start(linked.member());
    } catch (ProblemException running) {
      return linked;
    }
  }

  private OAuth2AccessTokenResponse exchange(
      ClientRegistration upwork, OAuth2AuthorizationRequest request, String code, String state) {
    ClientRegistration forLinking =
        ClientRegistration.withClientRegistration(upwork)
            .redirectUri(request.getRedirectUri())
            .build();
    OAuth2AuthorizationResponse answer =
        OAuth2AuthorizationResponse.success(code)
            .redirectUri(request.getRedirectUri())
            .state(state)
            .build();
    try {
      return tokenEndpoint.getTokenResponse(
          new OAuth2AuthorizationCodeGrantRequest(
              forLinking, new OAuth2AuthorizationExchange(request, answer)));
    } catch (OAuth2AuthorizationException e) {
      if (UpworkTokenEndpoint.transientError(e)) {
        throw unavailable(e);
      }
      String reason = e.getError().getErrorCode();
      audit.record("upwork.link-refused", "code", AuditOutcome.FAILURE, Map.of("reason", reason));
      throw new ProblemException(
          ProblemType.UPWORK_ERROR,
          "Upwork did not accept the answer ("
              + (OAUTH_ERROR_CODE.matcher(reason).matches() ? reason : "error")
              + "). Start linking again.");
    } catch (UpworkThrottled limited) {
      throw limited;
    } catch (RuntimeException unusable) {
      throw unavailable(unusable);
    }
  }

  /** No answer in time, a 5xx, an HTML page or broken JSON: trying again later may work. */
  private ProblemException unavailable(RuntimeException e) {
    log.info(
        "Upwork's token endpoint did not answer the code exchange usably: {}",
        e instanceof OAuth2AuthorizationException oauth
            ? oauth.getError().getErrorCode()
            : e.getClass().getSimpleName());
    return new ProblemException(
        ProblemType.UPWORK_UNAVAILABLE,
        "Upwork is not answering right now. Start linking again in a moment.");
  }

  private ClientRegistration registration() {
    ClientRegistration upwork = registrations.findByRegistrationId(Links.REGISTRATION);
    if (upwork == null) {
      throw new ProblemException(
          ProblemType.UPWORK_UNAVAILABLE, "No Upwork API key is configured on this server.");
    }
    return upwork;
  }

  private static boolean sameState(String expected, @Nullable String presented) {
    return presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
