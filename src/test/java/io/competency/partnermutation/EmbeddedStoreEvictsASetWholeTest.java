package io.competency.partnermutation;

import static io.competency.partnermutation.Partner.customer;
import static io.competency.partnermutation.PartnerServer.ACME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded store keeps at most {@code MAX_STORED_EVALUATIONS} evaluations, the oldest evicted first;
 * the evaluations of one {@code evaluatePartner} go together: when the oldest of them is evicted, so are
 * the rest, and their retry key is free again. A set larger than the whole capacity is kept whole until
 * the next save.
 */
class EmbeddedStoreEvictsASetWholeTest {

  private static Map<String, Object> input(String key, int activeUsers) {
    return Partner.in(Partner.DEVELOPED)
        .customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", activeUsers))
        .individual("ana", "70-346")
        .with("clientMutationId", key)
        .with("competencies", List.of("data-analytics", "windows-and-devices"))
        .input();
  }

  @Test
  void aSetIsEvictedWholeAndItsKeyIsFreeAgain() {
    try (PartnerServer server = PartnerServer.start(Storage.MEMORY, Map.of("MAX_STORED_EVALUATIONS", "8"))) {
      JsonArray first = server.evaluations(input("first", 100));
      assertEquals(6, first.size(), "Data Analytics' three options and Windows and Devices' three");
      JsonObject single = server.evaluation(Partner.in(Partner.DEVELOPED).inputFor("cloud-productivity", "managed-service-partner"));

      JsonArray second = server.evaluations(input("second", 100));

      for (Object e : first) {
        assertNull(server.read(ACME, ((JsonObject) e).getString("id")), "every evaluation of the oldest set is gone");
      }
      assertNotNull(server.read(ACME, single.getString("id")), "the younger single evaluation is kept");
      for (Object e : second) {
        assertNotNull(server.read(ACME, ((JsonObject) e).getString("id")));
      }
      JsonArray again = server.evaluations(input("first", 200));
      assertNotEquals(first.getJsonObject(0).getString("id"), again.getJsonObject(0).getString("id"), "the key was free: a new set");
    }
  }

  @Test
  void aSetLargerThanTheCapacityIsKeptWholeUntilTheNextSave() {
    try (PartnerServer server = PartnerServer.start(Storage.MEMORY, Map.of("MAX_STORED_EVALUATIONS", "4"))) {
      JsonArray set = server.evaluations(input("large", 100));
      for (Object e : set) {
        assertNotNull(server.read(ACME, ((JsonObject) e).getString("id")));
      }

      JsonObject single = server.evaluation(Partner.in(Partner.DEVELOPED).inputFor("cloud-productivity", "managed-service-partner"));

      for (Object e : set) {
        assertNull(server.read(ACME, ((JsonObject) e).getString("id")));
      }
      assertNotNull(server.read(ACME, single.getString("id")));
    }
  }
}
