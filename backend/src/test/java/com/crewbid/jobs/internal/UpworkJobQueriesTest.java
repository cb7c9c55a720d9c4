package com.crewbid.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.jobs.JobSearchCriteria;
import com.crewbid.jobs.JobType;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.parser.Parser;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every document jobs sends to Upwork validates against Upwork's schema. */
class UpworkJobQueriesTest {

  static final GraphQLSchema UPWORK = schema();

  @Test
  void whenValidatingTheJobDocumentsAgainstUpworksSchemaThenThereAreNoErrors() {
    for (String document : List.of(UpworkJobQueries.SEARCH, UpworkJobQueries.POSTING)) {
      Document parsed = Parser.parse(document);
      List<ValidationError> errors =
          new Validator().validateDocument(UPWORK, parsed, Locale.ENGLISH);
      assertThat(errors).as(document).isEmpty();
    }
  }

  @Test
  void whenAFieldIsMisspelledThenTheSchemaValidationCatchesIt() {
    String broken = UpworkJobQueries.POSTING.replace("screeningQuestions", "screeningQuestion");

    assertThat(new Validator().validateDocument(UPWORK, Parser.parse(broken), Locale.ENGLISH))
        .isNotEmpty();
  }

  @Test
  void whenKeywordsUseWebSearchSyntaxThenUpworkIsAskedForTheRequiredWordsOnly() {
    assertThat(UpworkJobSource.upworkExpression("react -native \"design system\""))
        .isEqualTo("react design system");
    assertThat(UpworkJobSource.upworkExpression("react or vue")).isNull();
    assertThat(UpworkJobSource.upworkExpression("-php")).isNull();
  }

  @Test
  void whenCriteriaHaveRangesThenTheFilterCarriesThemAsWholeNumbers() {
    JobSearchCriteria criteria =
        new JobSearchCriteria(
            "java",
            List.of("531770282580668418"),
            JobType.FIXED,
            new BigDecimal("99.50"),
            new BigDecimal("500.20"),
            null,
            null,
            null,
            null,
            null,
            true,
            null,
            null,
            10);

    Map<String, Object> filter = UpworkJobSource.filter(criteria, "cursor-1");

    assertThat(filter)
        .containsEntry("searchExpression_eq", "java")
        .containsEntry("jobType_eq", "FIXED")
        .containsEntry("verifiedPaymentOnly_eq", true)
        .containsEntry("budgetRange_eq", Map.of("rangeStart", 99, "rangeEnd", 501))
        .containsEntry("proposalRange_eq", Map.of("rangeEnd", 10))
        .containsEntry("pagination_eq", Map.of("first", 10, "after", "cursor-1"))
        .doesNotContainKey("hourlyRate_eq");
  }

  /** Upwork's schema; its unpublished enums are scalars taking enum literals or strings. */
  private static GraphQLSchema schema() {
    try (var reader =
        new InputStreamReader(
            new ClassPathResource("upwork/upwork-schema.graphql").getInputStream(),
            StandardCharsets.UTF_8)) {
      TypeDefinitionRegistry registry = new SchemaParser().parse(reader);
      RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
      registry.scalars().keySet().stream()
          .filter(name -> !ScalarInfo.isGraphqlSpecifiedScalar(name))
          .forEach(
              name ->
                  wiring.scalar(
                      GraphQLScalarType.newScalar().name(name).coercing(new EnumLike()).build()));
      return new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final class EnumLike implements Coercing<Object, Object> {
    @Override
    public Object parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof EnumValue e) {
        return e.getName();
      }
      if (input instanceof StringValue s) {
        return s.getValue();
      }
      throw new graphql.schema.CoercingParseLiteralException("not an enum literal: " + input);
    }
  }
}
