package io.parcours.email.template;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** An email as marketing writes it: Qute source for the subject and bodies, per language. */
@Entity
public class EmailTemplate extends PanacheEntityBase {

  @Id public UUID id;
  public String name;
  public String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "email_template_text", joinColumns = @JoinColumn(name = "template_id"))
  @MapKeyColumn(name = "locale")
  public Map<String, TemplateText> locales = new HashMap<>();

  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;
}
