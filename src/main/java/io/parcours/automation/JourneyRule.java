package io.parcours.automation;

import io.parcours.lead.Stage;
import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An automatic transition rule, as configured through the API. */
@Entity
public class JourneyRule extends PanacheEntityBase {

  @Id public UUID id;
  public String name;

  @Enumerated(EnumType.STRING)
  public TouchpointType touchpointType;

  @Enumerated(EnumType.STRING)
  public Sentiment sentiment;

  public int minOccurrences;
  public Integer minScore;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> fromStages;

  @Enumerated(EnumType.STRING)
  public Stage targetStage;

  public boolean active;
  public int priority;
  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  static List<JourneyRule> listInOrder() {
    return list("order by priority, createdAt, id");
  }

  static List<TransitionRules.Rule> active() {
    return JourneyRule.<JourneyRule>list("active = true order by priority, createdAt, id").stream()
        .map(JourneyRule::toRule)
        .toList();
  }

  TransitionRules.Rule toRule() {
    Set<Stage> from = EnumSet.noneOf(Stage.class);
    fromStages.forEach(s -> from.add(Stage.valueOf(s)));
    return new TransitionRules.Rule(
        id, name, touchpointType, sentiment, minOccurrences, minScore, from, targetStage);
  }
}
