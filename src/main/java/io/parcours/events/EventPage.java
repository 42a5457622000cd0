package io.parcours.events;

import java.util.List;

/**
 * Events in feed order. {@code nextCursor} is where to continue (the given cursor when nothing new
 * was served yet); {@code more} says whether events already wait beyond this page.
 */
public record EventPage(List<EventView> items, String nextCursor, boolean more) {}
