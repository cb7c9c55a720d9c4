package com.crewbid.upwork.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;

/**
 * Reads the field asked for out of a GraphQL answer. Errors that concern that field (or the request
 * as a whole) and leave it without a value are thrown, typed by Upwork's classification; errors
 * elsewhere travel with the data.
 */
final class GraphQlAnswers {

  private GraphQlAnswers() {}

  /**
   * @throws UpworkUnreadableAnswer when the answer is GraphQL JSON of another shape than {@code
   *     type}
   */
  static <T> UpworkResult<T> read(
      ClientGraphQlResponse response, String operation, String path, Class<T> type) {
    try {
      return readShaped(response, operation, path, type);
    } catch (UpworkException known) {
      throw known;
    } catch (RuntimeException misshapen) {
      throw new UpworkUnreadableAnswer(operation, path, misshapen.getClass().getSimpleName());
    }
  }

  private static <T> UpworkResult<T> readShaped(
      ClientGraphQlResponse response, String operation, String path, Class<T> type) {
    List<UpworkError> all = response.getErrors().stream().map(GraphQlAnswers::error).toList();
    if (response.getData() != null) {
      ClientResponseField field = response.field(path);
      if (field.getValue() != null) {
        return new UpworkResult<>(field.toEntity(type), all);
      }
      List<UpworkError> blocking = new ArrayList<>();
      field.getErrors().stream().map(GraphQlAnswers::error).forEach(blocking::add);
      all.stream().filter(e -> e.path().isEmpty()).forEach(blocking::add);
      if (blocking.isEmpty()) {
        return new UpworkResult<>(null, all);
      }
      throw classified(operation, blocking);
    }
    if (all.isEmpty()) {
      return new UpworkResult<>(null, all);
    }
    throw classified(operation, all);
  }

  /** The first error decides the type; all of them are kept in it. */
  static UpworkGraphQlError classified(String operation, List<UpworkError> errors) {
    String classification = errors.getFirst().classification();
    String normalized =
        classification == null
            ? ""
            : classification.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    return switch (normalized) {
      case "permissiondenied", "forbidden", "accessdenied", "unauthorized" ->
          new UpworkPermissionDenied(operation, errors);
      case "validationerror", "invalidsyntax", "badrequest", "graphqlvalidationfailed" ->
          new UpworkValidationError(operation, errors);
      case "notfound" -> new UpworkNotFound(operation, errors);
      default -> new UpworkGraphQlError(operation, errors);
    };
  }

  private static UpworkError error(ResponseError error) {
    Map<String, Object> extensions = error.getExtensions();
    return new UpworkError(
        error.getMessage() == null ? "" : error.getMessage(),
        error.getParsedPath(),
        classification(extensions));
  }

  private static @Nullable String classification(Map<String, Object> extensions) {
    Object value = extensions.get("classification");
    if (value == null) {
      value = extensions.get("code");
    }
    return value == null ? null : value.toString();
  }
}
