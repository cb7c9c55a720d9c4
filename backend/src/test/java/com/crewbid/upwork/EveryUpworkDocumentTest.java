package com.crewbid.upwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.UpworkSchema;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import graphql.validation.ValidationError;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every GraphQL document the application sends to Upwork is valid against Upwork's schema subset,
 * found without a hand-written list: every {@code static final String} of the application's classes
 * (tests excluded) whose text is a GraphQL operation ({@code query …}, {@code mutation …}). A
 * document added anywhere, in any module, is checked without anyone listing it.
 */
class EveryUpworkDocumentTest {

  static final Pattern OPERATION =
      Pattern.compile("^\\s*(query|mutation)\\b[^{]*\\{", Pattern.DOTALL);

  @Test
  void whenEveryDocumentOfTheApplicationIsValidatedAgainstUpworksSchemaThenNoneHasErrors() {
    Map<String, String> documents = documents();

    assertThat(documents)
        .as("the scan finds the known documents")
        .containsKeys(
            "com.crewbid.jobs.internal.UpworkJobQueries.SEARCH",
            "com.crewbid.jobs.internal.UpworkJobQueries.POSTING",
            "com.crewbid.upwork.internal.UpworkDocuments.SIGN_IN_USER",
            "com.crewbid.upwork.internal.UpworkDocuments.TALENT_PROFILE",
            "com.crewbid.proposals.internal.UpworkProposalQueries.SUBMIT",
            "com.crewbid.proposals.internal.UpworkProposalQueries.SENT");
    System.out.println("Upwork documents validated: " + documents.keySet());
    Map<String, List<ValidationError>> invalid = new LinkedHashMap<>();
    documents.forEach(
        (name, document) -> {
          List<ValidationError> errors = UpworkSchema.errorsIn(document);
          if (!errors.isEmpty()) {
            invalid.put(name, errors);
          }
        });
    assertThat(invalid).isEmpty();
  }

  @Test
  void whenADocumentHasAFieldUpworkDoesNotHaveThenTheValidationFindsIt() {
    assertThat(UpworkSchema.errorsIn("query { user { id nickname } }")).isNotEmpty();
  }

  /** The GraphQL operations held in string constants of the application's classes, by name. */
  static Map<String, String> documents() {
    Map<String, String> found = new LinkedHashMap<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.crewbid")) {
      Class<?> loaded;
      try {
        loaded = type.reflect();
      } catch (RuntimeException | LinkageError notLoadable) {
        continue;
      }
      for (Field field : loaded.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (field.getType() != String.class
            || !Modifier.isStatic(modifiers)
            || !Modifier.isFinal(modifiers)) {
          continue;
        }
        try {
          field.setAccessible(true);
          if (field.get(null) instanceof String text && OPERATION.matcher(text).find()) {
            found.put(loaded.getName() + "." + field.getName(), text);
          }
        } catch (ReflectiveOperationException | RuntimeException notReadable) {
          // A constant that cannot be read is not sent either.
        }
      }
    }
    return found;
  }
}
