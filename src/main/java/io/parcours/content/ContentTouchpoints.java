package io.parcours.content;

import io.parcours.touchpoint.Touchpoint;
import io.parcours.touchpoint.TouchpointRecorded;
import io.parcours.touchpoint.TouchpointType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A touchpoint naming a content item marks the lead's assignment of it viewed, or clicked. */
@ApplicationScoped
public class ContentTouchpoints {

  @Inject ContentAssignments assignments;

  void on(@Observes TouchpointRecorded recorded) {
    Touchpoint t = recorded.touchpoint();
    if (t.contentId == null) {
      return;
    }
    if (t.type == TouchpointType.EMAIL_CLICK) {
      assignments.markClicked(t.leadId, t.contentId, t.occurredAt);
    } else if (t.type == TouchpointType.CONTENT_VIEW || t.type == TouchpointType.PAGE_VIEW) {
      assignments.markViewed(t.leadId, t.contentId, t.occurredAt);
    }
  }
}
