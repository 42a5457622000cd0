package io.parcours.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumParamTest {

  @Test
  void shouldReadTheNamedConstantAndNothingForABlankValue() {
    assertEquals(DayOfWeek.MONDAY, EnumParam.parse(DayOfWeek.class, "day", "MONDAY"));
    assertEquals(DayOfWeek.FRIDAY, EnumParam.lookup(DayOfWeek.class, " FRIDAY "));
    assertNull(EnumParam.parse(DayOfWeek.class, "day", null));
    assertNull(EnumParam.parse(DayOfWeek.class, "day", " "));
  }

  @Test
  void shouldRefuseAnUnknownValueWithA400NamingTheParameterAndTheAllowedValues() {
    Problem p =
        assertThrows(Problem.class, () -> EnumParam.parse(DayOfWeek.class, "day", "monday"));

    assertEquals(400, p.status());
    assertEquals("Unknown value 'monday' for day", p.getMessage());
    assertEquals(
        Map.of(
            "parameter",
            "day",
            "allowed",
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")),
        p.extensions());
  }

  @Test
  void shouldSayWhichValuesAFieldAllows() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> EnumParam.lookup(DayOfWeek.class, "Noday"));

    assertEquals(
        "must be one of [MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY]",
        e.getMessage());
  }
}
