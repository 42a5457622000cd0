package io.parcours.analytics;

import io.parcours.lead.Stage;
import io.parcours.touchpoint.Channel;
import java.time.LocalDate;
import java.util.List;

/** Touchpoints that happened in the period, by channel and the lead's stage at the time. */
public record ChannelReport(LocalDate from, LocalDate to, List<Row> rows) {

  public record Row(Channel channel, Stage stage, long touchpoints) {}
}
