package io.competency.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.NonNullType;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.competency.graphql.GraphqlApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schema must contain the client contract ({@code contract.graphqls}, a copy of the shared
 * contract) compatibly: nothing renamed, removed or retyped; additions only where they break no
 * client (new arguments and input fields optional). This is the check graphql-inspector's diff makes.
 */
class SchemaKeepsTheContractTest {
  private final TypeDefinitionRegistry contract = new SchemaParser().parse(resource("contract.graphqls"));
  private final TypeDefinitionRegistry schema = new SchemaParser().parse(GraphqlApi.sdl());

  @Test
  void everyContractTypeFieldArgumentAndEnumValueIsKeptWithItsType() {
    List<String> breaks = new ArrayList<>();
    for (TypeDefinition<?> wanted : contract.types().values()) {
      TypeDefinition<?> ours = schema.getType(wanted.getName()).orElse(null);
      if (ours == null || ours.getClass() != wanted.getClass()) {
        breaks.add(wanted.getName() + ": missing or of another kind");
      } else if (wanted instanceof ImplementingTypeDefinition<?> w) {
        compareFields(w, (ImplementingTypeDefinition<?>) ours, breaks);
      } else if (wanted instanceof InputObjectTypeDefinition w) {
        compareInputs(w.getName(), w.getInputValueDefinitions(), ((InputObjectTypeDefinition) ours).getInputValueDefinitions(), breaks);
      } else if (wanted instanceof EnumTypeDefinition w) {
        List<String> values = ((EnumTypeDefinition) ours).getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
        w.getEnumValueDefinitions().stream().filter(v -> !values.contains(v.getName()))
            .forEach(v -> breaks.add(w.getName() + "." + v.getName() + ": enum value missing"));
      }
    }
    contract.scalars().keySet().stream().filter(s -> !schema.scalars().containsKey(s)).forEach(s -> breaks.add(s + ": scalar missing"));
    assertEquals(List.of(), breaks);
  }

  @Test
  void theSchemaHasTheContractsRootOperations() {
    assertTrue(schema.getType("Query").isPresent());
    assertTrue(schema.getType("Mutation").isPresent());
  }

  private static void compareFields(ImplementingTypeDefinition<?> wanted, ImplementingTypeDefinition<?> ours, List<String> breaks) {
    List<String> interfaces = ours.getImplements().stream().map(AstPrinter::printAst).toList();
    wanted.getImplements().stream().map(AstPrinter::printAst).filter(i -> !interfaces.contains(i))
        .forEach(i -> breaks.add(wanted.getName() + ": no longer implements " + i));
    Map<String, FieldDefinition> fields = byName(ours.getFieldDefinitions(), FieldDefinition::getName);
    for (FieldDefinition field : wanted.getFieldDefinitions()) {
      String where = wanted.getName() + "." + field.getName();
      FieldDefinition mine = fields.get(field.getName());
      if (mine == null) {
        breaks.add(where + ": field missing");
        continue;
      }
      if (!AstPrinter.printAst(mine.getType()).equals(AstPrinter.printAst(field.getType()))) {
        breaks.add(where + ": type " + AstPrinter.printAst(mine.getType()) + " instead of " + AstPrinter.printAst(field.getType()));
      }
      compareInputs(where, field.getInputValueDefinitions(), mine.getInputValueDefinitions(), breaks);
    }
  }

  private static void compareInputs(String where, List<InputValueDefinition> wanted, List<InputValueDefinition> ours, List<String> breaks) {
    Map<String, InputValueDefinition> mine = byName(ours, InputValueDefinition::getName);
    List<String> wantedNames = wanted.stream().map(InputValueDefinition::getName).toList();
    for (InputValueDefinition value : wanted) {
      InputValueDefinition m = mine.get(value.getName());
      if (m == null) {
        breaks.add(where + "." + value.getName() + ": missing");
      } else if (!AstPrinter.printAst(m.getType()).equals(AstPrinter.printAst(value.getType()))) {
        breaks.add(where + "." + value.getName() + ": type " + AstPrinter.printAst(m.getType()) + " instead of " + AstPrinter.printAst(value.getType()));
      } else if (value.getDefaultValue() != null && (m.getDefaultValue() == null
          || !AstPrinter.printAst(m.getDefaultValue()).equals(AstPrinter.printAst(value.getDefaultValue())))) {
        breaks.add(where + "." + value.getName() + ": default value changed");
      }
    }
    ours.stream().filter(v -> !wantedNames.contains(v.getName()) && v.getType() instanceof NonNullType && v.getDefaultValue() == null)
        .forEach(v -> breaks.add(where + "." + v.getName() + ": added as required, which breaks existing clients"));
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    return items.stream().collect(Collectors.toMap(name, t -> t));
  }

  private static String resource(String name) {
    try (InputStream in = SchemaKeepsTheContractTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
