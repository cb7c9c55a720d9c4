package com.crewbid.upwork.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every document the linked-accounts part sends is valid against Upwork's schema subset. */
class UpworkDocumentsTest {

  static final GraphQLSchema UPWORK = schema();

  @ParameterizedTest
  @ValueSource(strings = {"WHO_AM_I", "COMPANIES", "TALENT_PROFILE"})
  void whenADocumentIsValidatedAgainstUpworksSchemaThenItHasNoErrors(String name) throws Exception {
    String document = (String) UpworkDocuments.class.getDeclaredField(name).get(null);

    List<ValidationError> errors =
        new Validator().validateDocument(UPWORK, Parser.parse(document), Locale.ENGLISH);

    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"query { user { id profileKey } }", "query { companySelector { title } }"})
  void whenAFieldIsNotInUpworksSchemaThenValidationFails(String document) {
    assertThat(new Validator().validateDocument(UPWORK, Parser.parse(document), Locale.ENGLISH))
        .isNotEmpty();
  }

  private static GraphQLSchema schema() {
    try (Reader schema =
        new InputStreamReader(
            UpworkDocumentsTest.class.getResourceAsStream("/upwork/upwork-schema.graphql"),
            StandardCharsets.UTF_8)) {
      return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(schema));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
