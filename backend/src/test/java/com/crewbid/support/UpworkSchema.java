package com.crewbid.support;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Upwork's schema subset ({@code upwork/upwork-schema.graphql}), to check that the documents
 * Crewbid sends would be valid at Upwork. Documents that pass enum-like scalars as literals need a
 * schema with their scalars wired (see {@code UpworkJobQueriesTest}); variables need none.
 */
public final class UpworkSchema {

  public static final GraphQLSchema UPWORK = load();

  private UpworkSchema() {}

  /** What Upwork's schema finds wrong with the document (nothing when it is valid). */
  public static List<ValidationError> errorsIn(String document) {
    return new Validator().validateDocument(UPWORK, Parser.parse(document), Locale.ENGLISH);
  }

  private static GraphQLSchema load() {
    try (Reader schema =
        new InputStreamReader(
            UpworkSchema.class.getResourceAsStream("/upwork/upwork-schema.graphql"),
            StandardCharsets.UTF_8)) {
      return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(schema));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
