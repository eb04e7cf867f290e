package io.competency.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.competency.graphql.GraphqlApi;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What code generators read from the schema: a description on every type, field, argument, input
 * field and enum value; {@code @specifiedBy} on every custom scalar, in the published SDL and in
 * introspection alike; and a {@code PageInfo} with all four fields Relay clients expect.
 */
class TheSchemaIsDescribedForCodeGeneratorsTest {
  private final TypeDefinitionRegistry schema = new SchemaParser().parse(GraphqlApi.sdl());

  @Test
  void everyTypeFieldArgumentInputFieldAndEnumValueIsDescribed() {
    List<String> undescribed = new ArrayList<>();
    for (TypeDefinition<?> type : schema.types().values()) {
      check(type.getName(), description(type), undescribed);
      if (type instanceof ImplementingTypeDefinition<?> fields) {
        for (FieldDefinition field : fields.getFieldDefinitions()) {
          String where = type.getName() + "." + field.getName();
          check(where, field.getDescription(), undescribed);
          field.getInputValueDefinitions().forEach(arg -> check(where + "(" + arg.getName() + ")", arg.getDescription(), undescribed));
        }
      } else if (type instanceof InputObjectTypeDefinition input) {
        for (InputValueDefinition field : input.getInputValueDefinitions()) {
          check(type.getName() + "." + field.getName(), field.getDescription(), undescribed);
        }
      } else if (type instanceof EnumTypeDefinition enumType) {
        for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
          check(type.getName() + "." + value.getName(), value.getDescription(), undescribed);
        }
      }
    }
    schema.scalars().values().stream().filter(s -> !ScalarInfo.isGraphqlSpecifiedScalar(s.getName()))
        .forEach(s -> check(s.getName(), s.getDescription(), undescribed));
    assertEquals(List.of(), undescribed, undescribed.size() + " without a description");
  }

  @Test
  void everyCustomScalarSaysWhereItIsSpecified() {
    List<String> unspecified = new ArrayList<>();
    for (ScalarTypeDefinition scalar : schema.scalars().values()) {
      if (ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName())) {
        continue;
      }
      boolean specified = scalar.getDirectives("specifiedBy").stream()
          .anyMatch(d -> d.getArgument("url") != null && d.getArgument("url").getValue() instanceof StringValue url
              && url.getValue().startsWith("https://"));
      if (!specified) {
        unspecified.add(scalar.getName());
      }
    }
    assertEquals(List.of(), unspecified);
  }

  @Test
  void introspectionGivesTheScalarsSpecificationUrls() {
    try (TestServer server = TestServer.start()) {
      for (ScalarTypeDefinition scalar : schema.scalars().values()) {
        if (ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName())) {
          continue;
        }
        Response response = server.client().query("query($n: String!) { __type(name: $n) { specifiedByURL } }")
            .variables(java.util.Map.of("n", scalar.getName())).post();
        Object url = response.data("__type.specifiedByURL");
        assertTrue(url instanceof String s && s.startsWith("https://"), scalar.getName() + ": " + response);
      }
    }
  }

  @Test
  void pageInfoHasWhatRelayClientsExpect() {
    List<String> fields = ((ImplementingTypeDefinition<?>) schema.getType("PageInfo").orElseThrow()).getFieldDefinitions().stream()
        .map(f -> f.getName() + ": " + graphql.language.AstPrinter.printAst(f.getType())).toList();

    assertTrue(fields.containsAll(List.of("hasNextPage: Boolean!", "hasPreviousPage: Boolean!", "startCursor: String",
        "endCursor: String")), fields::toString);
  }

  private static Description description(TypeDefinition<?> type) {
    return type instanceof graphql.language.AbstractDescribedNode<?> described ? described.getDescription() : null;
  }

  private static void check(String where, Description description, List<String> undescribed) {
    if (description == null || description.getContent() == null || description.getContent().isBlank()) {
      undescribed.add(where);
    }
  }
}
