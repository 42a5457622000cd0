package io.parcours.persona;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record PersonaView(
    UUID id,
    String name,
    String description,
    Integer ageMin,
    Integer ageMax,
    String profession,
    String incomeBand,
    String education,
    List<String> values,
    List<String> goals,
    List<String> painPoints,
    List<String> preferredChannels,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static PersonaView from(Persona p) {
    return new PersonaView(
        p.id,
        p.name,
        p.description,
        p.ageMin,
        p.ageMax,
        p.profession,
        p.incomeBand,
        p.education,
        p.values,
        p.goals,
        p.painPoints,
        p.preferredChannels,
        p.createdAt,
        p.updatedAt,
        p.version);
  }
}
