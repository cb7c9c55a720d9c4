package com.crewbid.upwork.sandbox;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Executes GraphQL requests against Upwork's real schema ({@code upwork/upwork-schema.graphql}, a
 * verbatim copy of the subset Crewbid uses), so that parsing and validation errors are exactly
 * graphql-java's for that schema.
 */
class SandboxGraphQl {

  static final String SCHEMA = "upwork/upwork-schema.graphql";

  private final GraphQL graphQl;

  SandboxGraphQl(List<SandboxQueries> slices) {
    TypeDefinitionRegistry registry = parseSchema();
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
    LenientScalars.wire(registry, wiring);
    slices.forEach(slice -> slice.wire(wiring));
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
    this.graphQl = GraphQL.newGraphQL(schema).build();
  }

  /** The response in GraphQL's shape: {@code data} and, when anything failed, {@code errors}. */
  Map<String, Object> execute(
      String query,
      @Nullable Map<String, Object> variables,
      @Nullable String operationName,
      SandboxCaller caller) {
    ExecutionInput.Builder input =
        ExecutionInput.newExecutionInput()
            .query(query)
            .variables(variables == null ? Map.of() : variables)
            .graphQLContext(Map.of(SandboxCaller.class, caller));
    if (operationName != null) {
      input.operationName(operationName);
    }
    return graphQl.execute(input.build()).toSpecification();
  }

  private static TypeDefinitionRegistry parseSchema() {
    try (Reader reader =
        new InputStreamReader(
            new ClassPathResource(SCHEMA).getInputStream(), StandardCharsets.UTF_8)) {
      return new SchemaParser().parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Upwork schema " + SCHEMA, e);
    }
  }
}
