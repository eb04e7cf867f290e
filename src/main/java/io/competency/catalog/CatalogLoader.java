package io.competency.catalog;

import io.competency.input.FieldPath;
import io.competency.input.Input;
import io.competency.input.Problem;
import io.competency.input.ProblemCode;
import io.competency.input.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Loads the bundled catalog from a directory of YAML files (see {@code catalog/README.md}). Every
 * problem in every file is collected, then reported together in one {@link CatalogException} whose
 * lines read {@code file: field.path: CODE message}.
 */
public final class CatalogLoader {
  static final String MARKETS = "markets.yaml";
  static final String WORKLOADS = "workloads.yaml";
  static final String ASSOCIATION_TYPES = "association-types.yaml";
  static final String CREDENTIALS = "credentials.yaml";
  /** Optional: a catalog without it has no partner authorizations. */
  static final String AUTHORIZATIONS = "authorizations.yaml";
  static final String COMPETENCIES = "competencies";

  private final Path directory;
  private final List<String> problems = new ArrayList<>();

  private CatalogLoader(Path directory) {
    this.directory = directory;
  }

  /** Reads and validates the catalog in {@code directory}. */
  public static Catalog load(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return new CatalogLoader(directory).load();
  }

  private Catalog load() {
    if (!Files.isDirectory(directory)) {
      throw new CatalogException(List.of(directory + ": " + ProblemCode.MISSING_FILE + " no such catalog directory"));
    }
    List<Term> markets = read(MARKETS, (reader, in) -> reader.terms(in));
    List<Term> workloads = read(WORKLOADS, (reader, in) -> reader.terms(in));
    List<Term> associations = read(ASSOCIATION_TYPES, (reader, in) -> reader.terms(in));
    List<Credential> credentials = read(CREDENTIALS, (reader, in) -> reader.credentials(in));
    List<Term> authorizations = Files.exists(directory.resolve(AUTHORIZATIONS))
        ? read(AUTHORIZATIONS, (reader, in) -> reader.terms(in))
        : List.of();
    if (markets == null || workloads == null || associations == null || credentials == null || authorizations == null) {
      // Competency files are checked against the reference files: with one of those missing or not
      // YAML, every reference would be reported unknown, burying the real problem.
      throw new CatalogException(problems);
    }
    Catalog references = new Catalog(List.of(), markets, workloads, associations, credentials, authorizations);
    CatalogReader reader = new CatalogReader(Vocabulary.of(references));

    List<Competency> competencies = new ArrayList<>();
    Map<String, String> fileOfSlug = new HashMap<>();
    for (Path file : competencyFiles()) {
      String name = COMPETENCIES + "/" + file.getFileName();
      Competency competency = parse(file, name, in -> reader.competency(in));
      if (competency == null) {
        continue;
      }
      String other = fileOfSlug.putIfAbsent(competency.slug(), name);
      if (other != null) {
        problems.add(name + ": slug: " + ProblemCode.DUPLICATE_SLUG + " competency '" + competency.slug()
            + "' is already defined in " + other);
        continue;
      }
      competencies.add(competency);
    }
    if (!problems.isEmpty()) {
      throw new CatalogException(problems);
    }
    return new Catalog(competencies, markets, workloads, associations, credentials, authorizations);
  }

  private interface Section<T> {
    List<T> read(CatalogReader reader, Input in);
  }

  private <T> List<T> read(String name, Section<T> section) {
    CatalogReader reader = new CatalogReader(Vocabulary.EMPTY);
    Path file = directory.resolve(name);
    if (!Files.isRegularFile(file)) {
      problems.add(name + ": " + ProblemCode.MISSING_FILE + " the file is missing");
      return null;
    }
    return parse(file, name, in -> {
      if (!in.present()) {
        in.problem(ProblemCode.EMPTY, "the file holds no entries");
      }
      return section.read(reader, in);
    });
  }

  private <T> T parse(Path file, String name, java.util.function.Function<Input, T> reading) {
    Object tree;
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      tree = new Load(LoadSettings.builder().setLabel(name).build()).loadFromString(text);
    } catch (IOException e) {
      problems.add(name + ": " + ProblemCode.UNREADABLE + " cannot be read: " + e.getMessage());
      return null;
    } catch (YamlEngineException e) {
      problems.add(name + ": " + ProblemCode.INVALID_SYNTAX + " malformed YAML: " + e.getMessage().replace('\n', ' '));
      return null;
    }
    Problems found = new Problems();
    T value = reading.apply(new Input(tree, FieldPath.root(), found));
    for (Problem p : found.all()) {
      String where = p.path().toString();
      problems.add(name + ": " + (where.isEmpty() ? "" : where + ": ") + p.code() + " " + p.message());
    }
    return value;
  }

  private List<Path> competencyFiles() {
    Path folder = directory.resolve(COMPETENCIES);
    if (!Files.isDirectory(folder)) {
      problems.add(COMPETENCIES + "/: " + ProblemCode.MISSING_FILE + " the folder of competency files is missing");
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
          .sorted().toList();
    } catch (IOException e) {
      problems.add(COMPETENCIES + "/: " + ProblemCode.UNREADABLE + " cannot be listed: " + e.getMessage());
      return List.of();
    }
  }
}
