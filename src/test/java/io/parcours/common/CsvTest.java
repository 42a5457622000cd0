package io.parcours.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void shouldDefuseWhatSpreadsheetsWouldEvaluate() {
    assertEquals("'=SUM(A1:A9)", Csv.text("=SUM(A1:A9)"));
    assertEquals("'+33 6 12", Csv.text("+33 6 12"));
    assertEquals("'-2+3", Csv.text("-2+3"));
    assertEquals("'@cmd", Csv.text("@cmd"));
    assertEquals("'  =1+1", Csv.text("  =1+1"));
    assertEquals("'\tx", Csv.text("\tx"));
    assertEquals("\"'\rx\"", Csv.text("\rx"));
  }

  @Test
  void shouldQuoteLikeRfc4180() {
    assertEquals("plain", Csv.text("plain"));
    assertEquals("\"a,b\"", Csv.text("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
    assertEquals("\"'=a,b\"", Csv.text("=a,b"));
    assertEquals("", Csv.text(null));
  }

  @Test
  void shouldQuoteSemicolonsAndDefuseWhatASemicolonSpreadsheetWouldEvaluate() {
    assertEquals("\"a;b\"", Csv.text("a;b"));
    assertEquals("\"Acme;'=HYPERLINK(\"\"x\"\")\"", Csv.text("Acme;=HYPERLINK(\"x\")"));
    assertEquals("\"'=1;'@x;' -2;ok\"", Csv.text("=1;@x; -2;ok"));
    assertEquals("\"a;\"", Csv.text("a;"));
    assertEquals("\"1;2\"", Csv.value("1;2"));
  }

  @Test
  void shouldLeaveNumbersTheApplicationWroteAlone() {
    assertEquals("-12.50", Csv.value(new java.math.BigDecimal("-12.50")));
  }
}
