package io.parcours.content;

import io.parcours.common.Cursor;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import io.parcours.persona.Persona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** The content gap report: loads personas, journeys and active items, and pages the gaps. */
@ApplicationScoped
public class ContentGaps {

  @Inject PersonaJourneys journeys;

  public Page<GapView> find(UUID personaId, String cursor, int limit) {
    List<Persona> personas =
        personaId == null
            ? Persona.<Persona>list("order by lower(name), id")
            : List.of(
                Persona.<Persona>findByIdOptional(personaId)
                    .orElseThrow(() -> Problem.notFound("Persona", personaId)));
    List<Gaps.PersonaJourney> cells =
        personas.stream()
            .map(p -> new Gaps.PersonaJourney(p.id, p.name, journeys.of(p.id)))
            .toList();
    List<Gaps.Coverage> active =
        ContentItem.findActive().stream()
            .map(
                c ->
                    new Gaps.Coverage(
                        c.type, new HashSet<>(c.stageList()), new HashSet<>(c.personaIds)))
            .toList();
    List<GapView> gaps = Gaps.find(cells, active);
    int from = cursor == null ? 0 : offset(cursor);
    List<Integer> rows =
        IntStream.range(Math.min(from, gaps.size()), Math.min(from + limit + 1, gaps.size()))
            .boxed()
            .toList();
    return Page.of(rows, limit, i -> new Cursor("", String.valueOf(i + 1)).encode(), gaps::get);
  }

  private static int offset(String cursor) {
    try {
      return Math.max(0, Integer.parseInt(Cursor.decode(cursor).id()));
    } catch (NumberFormatException e) {
      throw Problem.badRequest("The cursor is not valid; use the nextCursor of a previous page")
          .with("parameter", "cursor");
    }
  }
}
