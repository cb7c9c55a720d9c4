package com.crewbid.proposals.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.proposals.templates.BuiltInVariable;
import com.crewbid.proposals.templates.ProposalVariables;
import com.crewbid.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposal-variables")
@Tag(
    name = "Proposal variables",
    description =
        "The agency's custom template variables ({{key}} → value) beside the built-in ones")
class ProposalVariablesController {

  record NewVariable(
      @NotBlank(message = "Enter a key.")
          @Pattern(
              regexp = "[a-z][a-z0-9_]{1,39}",
              message =
                  "2 to 40 lower-case letters, digits and underscores, starting with a letter.")
          String key,
      @NotBlank(message = "Enter the value.")
          @Size(max = 2000, message = "At most 2000 characters.")
          String value,
      @Size(max = 300, message = "At most 300 characters.") String description) {}

  record VariableChange(
      @NotBlank(message = "Enter the value.")
          @Size(max = 2000, message = "At most 2000 characters.")
          String value,
      @Size(max = 300, message = "At most 300 characters.") String description) {}

  /** The custom variables, and the built-in names a custom one may not take. */
  record Variables(
      List<ProposalVariables.Variable> items,
      int page,
      int size,
      long totalItems,
      List<String> builtIn) {}

  private final ProposalVariables variables;

  ProposalVariablesController(ProposalVariables variables) {
    this.variables = variables;
  }

  @GetMapping
  @RequiresAgencyRole(AgencyRole.VIEWER)
  @Operation(
      summary = "The agency's custom variables, by key, and the built-in names (any member)",
      description = "Each variable lists the templates whose current version uses it (usedBy).")
  Variables list() {
    List<ProposalVariables.Variable> all = variables.list();
    return new Variables(all, 0, all.size(), all.size(), BuiltInVariable.keys());
  }

  @PostMapping
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Add a custom variable (OWNER, MANAGER)",
      description = "400 for a malformed or built-in key; 409 when the key exists.")
  ResponseEntity<ProposalVariables.Variable> create(@Valid @RequestBody NewVariable request) {
    ProposalVariables.Variable created =
        variables.create(request.key(), request.value(), request.description());
    return ResponseEntity.created(URI.create("/api/proposal-variables/" + created.key()))
        .eTag(String.valueOf(created.version()))
        .body(created);
  }

  @PutMapping("/{key}")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Change a custom variable's value or description (OWNER, MANAGER)",
      description =
          "Requires If-Match with the variable's version: 428 without it, 412 when stale.")
  ResponseEntity<ProposalVariables.Variable> update(
      @PathVariable String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody VariableChange request) {
    ProposalVariables.Variable updated =
        variables.update(
            key, IfMatch.expectedVersion(ifMatch), request.value(), request.description());
    return ResponseEntity.ok().eTag(String.valueOf(updated.version())).body(updated);
  }

  @DeleteMapping("/{key}")
  @RequiresAgencyRole(AgencyRole.MANAGER)
  @Operation(
      summary = "Delete a custom variable (OWNER, MANAGER)",
      description = "409 while a template's current version uses it.")
  ResponseEntity<Void> delete(@PathVariable String key) {
    variables.delete(key);
    return ResponseEntity.noContent().build();
  }
}
