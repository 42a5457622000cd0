package io.parcours.imports;

/** A row that was not imported: its number among the data rows (1 = first after the header). */
public record RowError(int row, String email, String message) {}
