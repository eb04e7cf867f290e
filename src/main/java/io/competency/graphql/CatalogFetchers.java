package io.competency.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Competency;
import io.competency.catalog.Credential;
import io.competency.catalog.CredentialChoice;
import io.competency.catalog.MarketThreshold;
import io.competency.catalog.MetricThreshold;
import io.competency.catalog.NodeId;
import io.competency.catalog.Option;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.QualificationPath;
import io.competency.catalog.Requirement;
import io.competency.catalog.SkillRole;
import io.competency.catalog.Term;
import io.competency.catalog.Tier;
import io.competency.catalog.Translations;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Data fetchers of the catalog's object types. Everything is read from the request's snapshot. */
final class CatalogFetchers {
  private CatalogFetchers() {
  }

  static void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Competency", t -> t
        .dataFetcher("id", env -> NodeId.of(env.<Competency>getSource()))
        .dataFetcher("name", localized(Competency::name))
        .dataFetcher("description", localized(Competency::description))
        .dataFetcher("option", env -> env.<Competency>getSource().option(env.getArgument("slug"))));
    wiring.type("Option", t -> t
        .dataFetcher("id", env -> NodeId.of(env.<Option>getSource()))
        .dataFetcher("name", localized(Option::name))
        .dataFetcher("description", localized(Option::description))
        .dataFetcher("tier", env -> env.<Option>getSource().tier(env.getArgument("slug")))
        .dataFetcher("competency", env -> snapshot(env).competency(env.<Option>getSource().competency())));
    wiring.type("Tier", t -> t
        .dataFetcher("id", env -> NodeId.of(env.<Tier>getSource()))
        .dataFetcher("name", localized(Tier::name))
        .dataFetcher("option", env -> {
          Tier tier = env.getSource();
          return snapshot(env).option(tier.path().competency(), tier.path().option());
        }));
    for (String type : List.of("PerformanceRequirement", "SkillRequirement")) {
      wiring.type(type, t -> t
          .dataFetcher("id", env -> NodeId.of(env.<Requirement>getSource()))
          .dataFetcher("title", localized(Requirement::title))
          .dataFetcher("notes", env -> {
            String wanted = wantedLocale(env);
            List<Translations> notes = env.<Requirement>getSource().notes();
            List<LocalizedText> out = new ArrayList<>(notes.size());
            for (Translations note : notes) {
              out.add(Localization.localize(note, wanted));
            }
            return out;
          }));
    }
    wiring.type("PerformanceRequirement", t -> t
        .dataFetcher("metrics", env -> DataFetcherResult.newResult()
            .data(env.<PerformanceRequirement>getSource().metrics())
            .localContext(env.<PerformanceRequirement>getSource())
            .build())
        .dataFetcher("eligibleWorkloads", env -> terms(env.<PerformanceRequirement>getSource().eligibleWorkloads(), snapshot(env)::workload))
        .dataFetcher("qualifyingAssociations",
            env -> terms(env.<PerformanceRequirement>getSource().qualifyingAssociations(), snapshot(env)::associationType))
        .dataFetcher("requiredAuthorizations",
            env -> terms(env.<PerformanceRequirement>getSource().requiredAuthorizations(), snapshot(env)::authorization)));
    wiring.type("MetricThreshold", t -> t
        .dataFetcher("eligibleWorkloads", env -> {
          MetricThreshold metric = env.getSource();
          List<String> own = env.getLocalContext() instanceof PerformanceRequirement requirement
              ? metric.workloadsOr(requirement.eligibleWorkloads()) : metric.eligibleWorkloads();
          return terms(own, snapshot(env)::workload);
        }));
    wiring.type("MarketThreshold", t -> t
        .dataFetcher("market", env -> {
          String market = env.<MarketThreshold>getSource().market();
          return market == null ? null : snapshot(env).market(market);
        })
        .dataFetcher("description", localized(MarketThreshold::description)));
    wiring.type("QualificationPath", t -> t.dataFetcher("description", localized(QualificationPath::description)));
    wiring.type("CredentialChoice", t -> t
        .dataFetcher("anyOf", env -> terms(env.<CredentialChoice>getSource().anyOf(), snapshot(env)::credential))
        .dataFetcher("description", localized(CredentialChoice::description)));
    wiring.type("Credential", t -> t
        .dataFetcher("title", localized(Credential::title))
        .dataFetcher("replacedBy", env -> terms(env.<Credential>getSource().replacedBy(), snapshot(env)::credential)));
    wiring.type("SkillRole", t -> t.dataFetcher("title", localized(SkillRole::title)));
    for (String type : List.of("Market", "Workload", "AssociationType", "Authorization")) {
      wiring.type(type, t -> t.dataFetcher("name", localized(Term::name)));
    }
    wiring.type("CatalogInfo", t -> t
        .dataFetcher("revision", env -> env.<CatalogSnapshot>getSource().revision())
        .dataFetcher("updatedAt", env -> env.<CatalogSnapshot>getSource().updatedAt().atOffset(ZoneOffset.UTC))
        .dataFetcher("locales", env -> env.<CatalogSnapshot>getSource().locales().stream().map(Locale::forLanguageTag).toList()));
  }

  static RequestScope scope(DataFetchingEnvironment env) {
    return env.getGraphQlContext().get(RequestScope.KEY);
  }

  static CatalogSnapshot snapshot(DataFetchingEnvironment env) {
    return scope(env).snapshot();
  }

  /** A fetcher serving a localized field in the locale the field argument or the request asks for. */
  static <S> DataFetcher<LocalizedText> localized(Function<S, Translations> field) {
    return env -> {
      Translations text = field.apply(env.getSource());
      return text == null ? null : Localization.localize(text, wantedLocale(env));
    };
  }

  /** The {@code locale} argument matched to the catalog's locales, else the request's locale. */
  static String wantedLocale(DataFetchingEnvironment env) {
    Locale argument = env.getArgument("locale");
    if (argument == null) {
      return scope(env).locale();
    }
    String tag = argument.toLanguageTag();
    String match = Localization.match(tag, snapshot(env).locales());
    return match == null ? tag : match;
  }

  static <T> List<T> terms(List<String> codes, Function<String, T> lookup) {
    List<T> out = new ArrayList<>(codes.size());
    for (String code : codes) {
      T term = lookup.apply(code);
      if (term != null) {
        out.add(term);
      }
    }
    return out;
  }
}
