package io.parcours.imports;

import io.parcours.lead.OwnerRule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rejects the checked rows whose owner change the importer may not make. The rule is the one a
 * PATCH applies ({@link OwnerRule}), decided once per distinct change (current owner, new owner):
 * there are at most as many as pairs of users, however long the file.
 */
final class ImportOwners {

  private static final String CHANGES =
      "select distinct l.owner_id, c.owner from import_checked c"
          + " left join lead l on l.id = c.lead_id"
          + " where c.error is null and c.owner is not null and c.owner is distinct from l.owner_id";

  private static final String REFUSE =
      "update import_checked c set error = 'owner_id: ' || r.message"
          + " from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as text[]))"
          + " as r(current_owner, wanted, message)"
          + " where c.error is null and c.owner = r.wanted"
          + " and (select l.owner_id from lead l where l.id = c.lead_id)"
          + " is not distinct from r.current_owner";

  private ImportOwners() {}

  static void refuse(Connection c, Importer importer) throws SQLException {
    List<UUID[]> changes = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(CHANGES);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        changes.add(new UUID[] {r.getObject(1, UUID.class), r.getObject(2, UUID.class)});
      }
    }
    if (changes.isEmpty()) {
      return;
    }
    List<UUID> current = new ArrayList<>();
    List<UUID> wanted = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (UUID[] change : changes) {
                String refusal =
                    OwnerRule.refusal(
                        change[0], change[1], importer.ownerScope(), importer.reassigns());
                if (refusal != null) {
                  current.add(change[0]);
                  wanted.add(change[1]);
                  messages.add(refusal);
                }
              }
            });
    if (messages.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(REFUSE)) {
      s.setArray(1, c.createArrayOf("uuid", current.toArray()));
      s.setArray(2, c.createArrayOf("uuid", wanted.toArray()));
      s.setArray(3, c.createArrayOf("text", messages.toArray()));
      s.executeUpdate();
    }
  }
}
