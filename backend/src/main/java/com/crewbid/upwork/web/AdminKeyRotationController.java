package com.crewbid.upwork.web;

import com.crewbid.identity.AdminActions;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.secrets.SecretRotation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key-rotation command for platform admins (the security rules admit only them under {@code
 * /api/admin/**}): a new primary key for the keyset that seals secrets, then every stored value
 * re-sealed under it, the members' Upwork tokens first of all. Values sealed under older keys stay
 * readable meanwhile. Each rotation is recorded in the platform's security log ({@code
 * admin.keys-rotated}, the admin as actor).
 */
@RestController
@Tag(name = "Admin: secrets", description = "Key rotation of sealed secrets (platform admins)")
class AdminKeyRotationController {

  private static final Logger log = LoggerFactory.getLogger(AdminKeyRotationController.class);

  private final SecretRotation rotation;
  private final AdminActions admins;

  AdminKeyRotationController(SecretRotation rotation, AdminActions admins) {
    this.rotation = rotation;
    this.admins = admins;
  }

  @PostMapping("/api/admin/secrets/rotation")
  @Operation(
      summary = "Rotate the sealing keys and re-seal stored tokens and secrets (platform ADMIN)",
      description =
          "Answers the new primary key's id, how many values each owner re-sealed and which owners"
              + " failed (run it again to finish their work).")
  SecretRotation.Report rotate() {
    SecretRotation.Report report = rotation.rotateAndReseal();
    log.info(
        "A platform admin rotated the sealing keys: primary key {}, re-sealed {}, failed {}",
        report.primaryKeyId(),
        report.resealed(),
        report.failed());
    admins.tookPlaceOnPlatform(
        "admin.keys-rotated",
        "sealing keys",
        report.failed().isEmpty() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
        Map.of(
            "primaryKeyId", report.primaryKeyId(),
            "resealed", report.resealed(),
            "failed", report.failed()));
    return report;
  }
}
