package dev.fluidsdk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A plain-text table with a header row, right-aligned except for the first column. */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; it must have as many cells as the header. */
  public TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, the header " + header.size());
    }
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  /** The table as lines of text, ending with a newline; markdown-compatible pipes. */
  public String render() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, header, width);
    List<String> rule = new ArrayList<>();
    for (int i = 0; i < width.length; i++) {
      rule.add(String.join("", Collections.nCopies(width[i], "-")));
    }
    line(b, rule, width);
    for (List<String> r : rows) {
      line(b, r, width);
    }
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> cells, int[] width) {
    b.append('|');
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      b.append(' ').append(i == 0 ? c + pad : pad + c).append(" |");
    }
    b.append('\n');
  }

  /** A ratio as {@code 1.23x}. */
  public static String ratio(double x) {
    return String.format(java.util.Locale.ROOT, "%.2fx", x);
  }
}
