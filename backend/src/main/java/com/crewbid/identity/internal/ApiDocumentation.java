package com.crewbid.identity.internal;

import com.crewbid.identity.RequiresAgencyRole;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Completes the OpenAPI document: every operation says who may call it (the extension {@value
 * #ACCESS}, and a line of its description), from the same rules the server enforces ({@link
 * RequiresAgencyRole}, {@code @PreAuthorize}, the security configuration's public and second-step
 * paths), and lists the problem responses it can give; sign-in and sign-out, which are security
 * filters rather than controllers, are described too.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  /** Operation extension naming the least access a caller needs. */
  static final String ACCESS = "x-crewbid-access";

  private static final String PROBLEM = "Problem";

  private static final Map<String, String> ACCESS_TEXT =
      Map.of(
          "PUBLIC", "anyone, signed in or not",
          "SECOND_FACTOR", "only a session that passed the first factor and owes the second",
          "SIGNED_IN", "any signed-in person",
          "VIEWER", "a member of the selected agency (VIEWER or above)",
          "FREELANCER", "FREELANCER, MANAGER or OWNER of the selected agency",
          "MANAGER", "MANAGER or OWNER of the selected agency",
          "OWNER", "OWNER of the selected agency",
          "ADMIN", "a platform admin");

  @Bean
  OpenApiCustomizer accessAndProblems(
      @Qualifier("requestMappingHandlerMapping")
          ObjectProvider<RequestMappingHandlerMapping> mappings) {
    return openApi -> {
      Map<String, HandlerMethod> handlers = handlers(mappings.getObject());
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      addFilterEndpoints(openApi);
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) ->
                              describe(
                                  operation,
                                  method.name(),
                                  path,
                                  handlers.get(method.name() + " " + path))));
    };
  }

  /** The least access an endpoint needs, as the server decides it. */
  static String access(String method, String path, HandlerMethod handler) {
    if (handler != null) {
      RequiresAgencyRole role =
          AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequiresAgencyRole.class);
      if (role == null) {
        role =
            AnnotatedElementUtils.findMergedAnnotation(
                handler.getBeanType(), RequiresAgencyRole.class);
      }
      if (role != null) {
        return role.value().name();
      }
      PreAuthorize rule =
          AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
      if (rule == null) {
        rule =
            AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
      }
      if (rule != null && rule.value().contains("hasRole('ADMIN')")) {
        return "ADMIN";
      }
    }
    String[] publicPaths =
        switch (method) {
          case "GET" -> SecurityConfiguration.PUBLIC_GETS;
          case "POST" -> SecurityConfiguration.PUBLIC_POSTS;
          case "DELETE" -> SecurityConfiguration.PUBLIC_DELETES;
          default -> new String[0];
        };
    if (matches(publicPaths, path)) {
      return "PUBLIC";
    }
    if (method.equals("POST") && matches(SecurityConfiguration.SECOND_FACTOR_POSTS, path)) {
      return "SECOND_FACTOR";
    }
    return path.startsWith("/api/admin/") ? "ADMIN" : "SIGNED_IN";
  }

  private static void describe(
      Operation operation, String method, String path, HandlerMethod handler) {
    String access = access(method, path, handler);
    operation.addExtension(ACCESS, access);
    String line = "Access: " + ACCESS_TEXT.get(access) + ".";
    operation.setDescription(
        operation.getDescription() == null || operation.getDescription().isBlank()
            ? line
            : operation.getDescription() + "\n\n" + line);
    ApiResponses responses =
        operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    if (operation.getRequestBody() != null
        || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
      responses.putIfAbsent("400", problem("Invalid input: validation or malformed-request"));
    }
    if (!access.equals("PUBLIC")) {
      responses.putIfAbsent("401", problem("Not signed in (not-signed-in, mfa-required)"));
    }
    if (!access.equals("PUBLIC") && !access.equals("SIGNED_IN")) {
      responses.putIfAbsent("403", problem("Not allowed (forbidden, no-agency, csrf)"));
    }
    if (!method.equals("GET")) {
      responses.putIfAbsent("403", problem("CSRF token missing or invalid (csrf)"));
    }
    responses.putIfAbsent("429", problem("Too many requests (too-many-requests; see Retry-After)"));
    operation.setResponses(responses);
  }

  private static void addFilterEndpoints(OpenAPI openApi) {
    Schema<?> form =
        new ObjectSchema()
            .addProperty("email", new StringSchema().format("email"))
            .addProperty("password", new StringSchema().format("password"))
            .required(List.of("email", "password"));
    Operation signIn =
        new Operation()
            .addTagsItem("Session")
            .operationId("signIn")
            .summary("Sign in with e-mail and password (the first factor)")
            .description(
                "A form post, as browsers send it, with the CSRF header. The answer is the"
                    + " session: `mfaPending` when the second factor is owed (POST"
                    + " /api/auth/mfa), `mfaEnrollmentRequired` when MFA must be set up first."
                    + " The session id changes. A wrong e-mail and a wrong password give the same"
                    + " answer.")
            .requestBody(
                new RequestBody()
                    .required(true)
                    .content(
                        new Content()
                            .addMediaType(
                                "application/x-www-form-urlencoded", new MediaType().schema(form))))
            .responses(
                new ApiResponses()
                    .addApiResponse(
                        "200",
                        new ApiResponse()
                            .description("Signed in (perhaps owing the second factor)")
                            .content(
                                new Content()
                                    .addMediaType(
                                        "application/json",
                                        new MediaType()
                                            .schema(
                                                new Schema<>()
                                                    .$ref("#/components/schemas/SessionView")))))
                    .addApiResponse(
                        "401", problem("Wrong e-mail or password (invalid-credentials)"))
                    .addApiResponse("403", problem("Agency suspended (agency-suspended), or csrf"))
                    .addApiResponse(
                        "423", problem("Account locked (account-locked; see Retry-After)")));
    Operation signOut =
        new Operation()
            .addTagsItem("Session")
            .operationId("signOut")
            .summary("Sign out: ends this session")
            .responses(
                new ApiResponses()
                    .addApiResponse("204", new ApiResponse().description("Signed out")));
    openApi.path("/api/auth/sign-in", new PathItem().post(signIn));
    openApi.path("/api/auth/sign-out", new PathItem().post(signOut));
  }

  private static Map<String, HandlerMethod> handlers(RequestMappingHandlerMapping mapping) {
    Map<String, HandlerMethod> handlers = new HashMap<>();
    mapping
        .getHandlerMethods()
        .forEach(
            (info, handler) ->
                info.getPatternValues()
                    .forEach(
                        pattern ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> handlers.put(m.name() + " " + pattern, handler))));
    return handlers;
  }

  private static boolean matches(String[] patterns, String openApiPath) {
    // {token} in the document stands for one path segment, as * does in the security rules.
    PathContainer path = PathContainer.parsePath(openApiPath.replaceAll("\\{[^}]+}", "x"));
    return Arrays.stream(patterns)
        .anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(path));
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("RFC 9457 problem details with a stable type")
        .addProperty(
            "type",
            new StringSchema().format("uri").example("https://crewbid.io/problems/not-signed-in"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty(
            "errors",
            new ArraySchema()
                .description("For validation: the invalid fields")
                .items(
                    new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())));
  }
}
