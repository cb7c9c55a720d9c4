package com.crewbid.upwork.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.UpworkSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every document the linked-accounts part sends is valid against Upwork's schema subset. */
class UpworkDocumentsTest {

  @ParameterizedTest
  @ValueSource(strings = {"WHO_AM_I", "COMPANIES", "TALENT_PROFILE"})
  void whenADocumentIsValidatedAgainstUpworksSchemaThenItHasNoErrors(String name) throws Exception {
    String document = (String) UpworkDocuments.class.getDeclaredField(name).get(null);

    assertThat(UpworkSchema.errorsIn(document)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"query { user { id profileKey } }", "query { companySelector { title } }"})
  void whenAFieldIsNotInUpworksSchemaThenValidationFails(String document) {
    assertThat(UpworkSchema.errorsIn(document)).isNotEmpty();
  }
}
