package io.competency.http;

import io.competency.access.Authenticator;
import io.competency.access.Role;
import io.competency.access.Principal;
import io.competency.graphql.ErrorCode;
import io.competency.store.StoreFault;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * Who may run an operation. Catalog reads need no key; mutations and the maintainers' queries need
 * an {@code Authorization: Bearer <key>} whose role fits every field. Refusals are {@link HttpProblem}s
 * (401 UNAUTHENTICATED, 403 FORBIDDEN), raised before anything runs.
 */
final class Access {
  /** Query fields for maintainers only. */
  private static final Set<String> MAINTAINER_QUERIES = Set.of("catalogChanges");
  /** Mutation fields for integrators; every other mutation is for maintainers. */
  private static final Set<String> INTEGRATOR_MUTATIONS = Set.of("evaluate", "evaluatePartner");

  private final Authenticator authenticator;

  Access(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  /** Whether an operation with these top-level fields cannot run without a key. */
  static boolean needsKey(boolean mutation, Set<String> fields) {
    return mutation || fields.stream().anyMatch(MAINTAINER_QUERIES::contains);
  }

  /** The caller's principal; a succeeded null when no key was sent and none is {@code required}. */
  Future<Principal> authenticate(RoutingContext ctx, boolean required) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return required
          ? Future.failedFuture(new HttpProblem(401, ErrorCode.UNAUTHENTICATED, "this operation needs an API key: send Authorization: Bearer <key>"))
          : Future.succeededFuture();
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
      return Future.failedFuture(new HttpProblem(401, ErrorCode.UNAUTHENTICATED, "the Authorization header must be 'Bearer <key>'"));
    }
    return authenticator.authenticate(header.substring(7).trim())
        .recover(e -> Future.failedFuture(e instanceof StoreFault f && f.kind() == StoreFault.Kind.UNAVAILABLE
            ? new HttpProblem(503, ErrorCode.UNAVAILABLE, "cannot check the API key now; retry later")
            : e))
        .compose(p -> p != null ? Future.succeededFuture(p)
            : Future.failedFuture(new HttpProblem(401, ErrorCode.UNAUTHENTICATED, "the API key is unknown or revoked")))
        .onSuccess(p -> ctx.put(RequestObserver.KEY_NAME, p.name()));
  }

  /**
   * Every mutation field needs its role ({@code evaluate} and {@code evaluatePartner} an integrator, the
   * rest a maintainer), and so do the maintainers' queries; other queries need none.
   */
  static void authorize(Principal principal, boolean mutation, Set<String> fields) {
    for (String field : fields) {
      Role needed = !mutation ? (MAINTAINER_QUERIES.contains(field) ? Role.MAINTAINER : null)
          : INTEGRATOR_MUTATIONS.contains(field) ? Role.INTEGRATOR
          : field.equals("__typename") ? null
          : Role.MAINTAINER;
      if (needed != null && principal.role() != needed) {
        throw new HttpProblem(403, ErrorCode.FORBIDDEN,
            "'" + field + "' needs " + needed.withArticle() + " key; key '" + principal.name() + "' is " + principal.role().withArticle() + " key");
      }
    }
  }
}
