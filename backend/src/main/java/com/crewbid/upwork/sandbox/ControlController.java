package com.crewbid.upwork.sandbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's control API for tests and the demo ({@link SandboxControl} over HTTP). It exists
 * only where the sandbox is enabled, which is never in production.
 */
@RestController
@SandboxEnabled
@RequestMapping("/upwork-sandbox/_control")
class ControlController {

  record FaultRequest(
      @NotNull SandboxFaults.Target target,
      @NotNull SandboxFaults.Kind kind,
      @Min(1) @Max(1000) int count,
      @Nullable @Min(100) @Max(599) Integer status,
      @Nullable @Min(0) @Max(3600) Integer retryAfterSeconds,
      @Nullable @Min(0) @Max(60_000) Long delayMillis) {}

  record RateLimitRequest(@Min(0) int requestsPerSecond) {}

  record ClockRequest(@NotNull Duration advanceBy) {}

  record ProposalStatusRequest(@NotNull SandboxProposals.Status status) {}

  record NextProposalIdRequest(
      @NotNull @jakarta.validation.constraints.Pattern(regexp = "\\d{1,19}") String id) {}

  record PermissionsRequest(@NotNull java.util.List<@NotNull String> permissions) {}

  private final SandboxControl control;

  ControlController(SandboxControl control) {
    this.control = control;
  }

  @PostMapping("/faults")
  ResponseEntity<Void> injectFault(@Valid @RequestBody FaultRequest request) {
    control.injectFault(
        request.target(),
        SandboxFaults.Fault.of(
            request.kind(), request.status(), request.retryAfterSeconds(), request.delayMillis()),
        request.count());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/users/{userId}/revoke-tokens")
  ResponseEntity<Void> revokeTokens(@PathVariable String userId) {
    return control.revokeTokens(userId)
        ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }

  @PutMapping("/rate-limit")
  ResponseEntity<Void> limitRate(@Valid @RequestBody RateLimitRequest request) {
    control.limitRate(request.requestsPerSecond());
    return ResponseEntity.noContent().build();
  }

  /**
   * When requests from a client address reached the token and GraphQL endpoints since an instant
   * (microseconds since the epoch on Redis's clock, oldest first), admitted or not.
   */
  @GetMapping("/traffic")
  Map<String, Object> traffic(
      @RequestParam(defaultValue = "127.0.0.1") String clientIp, @RequestParam Instant since) {
    return Map.of("arrivalsMicros", control.arrivals(clientIp, since));
  }

  @PostMapping("/clock")
  Map<String, Object> advanceClock(@Valid @RequestBody ClockRequest request) {
    return Map.of("now", control.advanceClock(request.advanceBy()).toString());
  }

  @PutMapping("/proposals/{proposalId}/status")
  ResponseEntity<Void> setProposalStatus(
      @PathVariable String proposalId, @Valid @RequestBody ProposalStatusRequest request) {
    return control.setProposalStatus(proposalId, request.status())
        ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }

  /**
   * Makes the next submitted proposal take this id, even one given out before (as an Upwork that
   * forgot its own ids would), replacing what the sandbox holds under it.
   */
  @PutMapping("/next-proposal-id")
  ResponseEntity<Void> nextProposalId(@Valid @RequestBody NextProposalIdRequest request) {
    control.nextProposalId(request.id());
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/clients/{clientId}/permissions")
  ResponseEntity<Void> changePermissions(
      @PathVariable String clientId, @Valid @RequestBody PermissionsRequest request) {
    return control.changePermissions(clientId, request.permissions())
        ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }

  @DeleteMapping
  ResponseEntity<Void> reset() {
    control.reset();
    return ResponseEntity.noContent().build();
  }
}
