package com.crewbid.upwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphQlAnswersTest {

  @Test
  void whenUpworkClassifiesAnErrorThenItsTypeFollows() {
    assertThat(classify("PermissionDenied")).isInstanceOf(UpworkPermissionDenied.class);
    assertThat(classify("FORBIDDEN")).isInstanceOf(UpworkPermissionDenied.class);
    assertThat(classify("ValidationError")).isInstanceOf(UpworkValidationError.class);
    assertThat(classify("InvalidSyntax")).isInstanceOf(UpworkValidationError.class);
    assertThat(classify("NOT_FOUND")).isInstanceOf(UpworkNotFound.class);
    assertThat(classify("DataFetchingException")).isExactlyInstanceOf(UpworkGraphQlError.class);
    assertThat(classify(null)).isExactlyInstanceOf(UpworkGraphQlError.class);
  }

  @Test
  void whenADocumentNamesItsOperationThenMetricsUseThatName() {
    assertThat(UpworkClient.operationName("query WhoAmI { user { id } }", "user"))
        .isEqualTo("WhoAmI");
    assertThat(UpworkClient.operationName("{ user { id } }", "user")).isEqualTo("user");
  }

  private static UpworkGraphQlError classify(String classification) {
    return GraphQlAnswers.classified(
        "op", List.of(new UpworkError("no", List.of("user"), classification)));
  }
}
