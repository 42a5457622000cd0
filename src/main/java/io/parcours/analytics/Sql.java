package io.parcours.analytics;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** Plain JDBC for report queries: dates, UUIDs and arrays bound as PostgreSQL expects them. */
final class Sql {

  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Sql() {}

  static <T> List<T> query(EntityManager em, String sql, List<Object> params, Row<T> row) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                  Object p = params.get(i);
                  if (p instanceof String[] texts) {
                    s.setArray(i + 1, c.createArrayOf("text", texts));
                  } else if (p instanceof java.util.UUID[] ids) {
                    s.setArray(i + 1, c.createArrayOf("uuid", ids));
                  } else if (p instanceof Long[] longs) {
                    s.setArray(i + 1, c.createArrayOf("bigint", longs));
                  } else {
                    s.setObject(i + 1, p);
                  }
                }
                List<T> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    out.add(row.map(rs));
                  }
                }
                return out;
              }
            });
  }
}
