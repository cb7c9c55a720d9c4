package com.crewbid.upwork.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upwork's token endpoint: exchanges codes and refresh tokens for tokens, answering RFC 6749 JSON,
 * errors included.
 */
@RestController
@SandboxEnabled
class TokenController {

  static final String PATH = "/upwork-sandbox/api/v3/oauth2/token";

  private final SandboxClients clients;
  private final SandboxGrants grants;

  TokenController(SandboxClients clients, SandboxGrants grants) {
    this.clients = clients;
    this.grants = grants;
  }

  @PostMapping(PATH)
  ResponseEntity<Map<String, Object>> token(
      @RequestParam MultiValueMap<String, String> form,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
          @Nullable String authorization) {
    try {
      String clientId = clients.authenticate(authorization, form).clientId();
      String grantType = Forms.required(form, "grant_type");
      SandboxGrants.IssuedTokens tokens =
          switch (grantType) {
            case "authorization_code" ->
                grants.exchangeCode(
                    clientId,
                    Forms.required(form, "code"),
                    Forms.single(form, "redirect_uri"),
                    Forms.single(form, "code_verifier"));
            case "refresh_token" -> grants.refresh(clientId, Forms.required(form, "refresh_token"));
            default ->
                throw new OAuthException(
                    OAuthError.UNSUPPORTED_GRANT_TYPE,
                    "grant_type must be authorization_code or refresh_token");
          };
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("access_token", tokens.accessToken());
      body.put("refresh_token", tokens.refreshToken());
      body.put("token_type", "Bearer");
      body.put("expires_in", tokens.expiresInSeconds());
      return ResponseEntity.ok().headers(noStore()).body(body);
    } catch (OAuthException e) {
      return refused(e, authorization);
    }
  }

  private static ResponseEntity<Map<String, Object>> refused(
      OAuthException e, @Nullable String authorization) {
    HttpHeaders headers = noStore();
    if (e.error() == OAuthError.INVALID_CLIENT && authorization != null) {
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"upwork-sandbox\"");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", e.error().code());
    body.put("error_description", e.getMessage());
    return ResponseEntity.status(e.error().status()).headers(headers).body(body);
  }

  private static HttpHeaders noStore() {
    HttpHeaders headers = new HttpHeaders();
    headers.setCacheControl("no-store");
    headers.setPragma("no-cache");
    return headers;
  }
}
