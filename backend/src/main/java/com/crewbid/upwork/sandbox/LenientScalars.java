package com.crewbid.upwork.sandbox;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Wires the schema's custom scalars. Upwork's schema as published to us declares its enums whose
 * values were not published as scalars; those accept what an enum accepts (an enum literal in the
 * query, a string in variables), so a query that passes a quoted string where Upwork expects an
 * enum fails here as there. {@code JSON} accepts any value.
 */
final class LenientScalars {

  private static final String JSON = "JSON";

  private LenientScalars() {}

  static void wire(TypeDefinitionRegistry registry, RuntimeWiring.Builder wiring) {
    for (String name : registry.scalars().keySet()) {
      if (ScalarInfo.isGraphqlSpecifiedScalar(name)) {
        continue;
      }
      Coercing<Object, Object> coercing =
          name.equals(JSON) ? new AnyValue() : new UnpublishedEnum();
      wiring.scalar(GraphQLScalarType.newScalar().name(name).coercing(coercing).build());
    }
  }

  /** A value of an enum whose values Upwork did not publish: an enum literal or a string. */
  private static final class UnpublishedEnum implements Coercing<Object, Object> {

    @Override
    public Object serialize(Object result, GraphQLContext context, Locale locale) {
      return result instanceof Enum<?> e ? e.name() : result.toString();
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
      if (input instanceof String s) {
        return s;
      }
      throw new CoercingParseValueException("Expected an enum value name, got: " + input);
    }

    @Override
    public Object parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof EnumValue e) {
        return e.getName();
      }
      throw new CoercingParseLiteralException("Expected an enum value, got: " + input);
    }
  }

  /** Upwork's {@code JSON}: any value, passed through. */
  private static final class AnyValue implements Coercing<Object, Object> {

    @Override
    public Object serialize(Object result, GraphQLContext context, Locale locale) {
      return result;
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
      return input;
    }

    @Override
    public @Nullable Object parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      return literal(input, variables);
    }

    private static @Nullable Object literal(Value<?> input, CoercedVariables variables) {
      return switch (input) {
        case StringValue s -> s.getValue();
        case IntValue i -> i.getValue();
        case FloatValue f -> f.getValue();
        case BooleanValue b -> b.isValue();
        case EnumValue e -> e.getName();
        case NullValue n -> null;
        case VariableReference v -> variables.get(v.getName());
        case ArrayValue a -> a.getValues().stream().map(v -> literal(v, variables)).toList();
        case ObjectValue o -> {
          Map<String, Object> map = new LinkedHashMap<>();
          o.getObjectFields().forEach(f -> map.put(f.getName(), literal(f.getValue(), variables)));
          yield map;
        }
        default -> throw new CoercingParseLiteralException("Unsupported literal: " + input);
      };
    }
  }
}
