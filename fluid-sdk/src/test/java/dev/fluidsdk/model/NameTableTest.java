package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class NameTableTest {

  @Property(tries = 500)
  void findsEveryNameItHoldsAndNoOther(
      @ForAll @Size(max = 60) Set<@StringLength(max = 6) String> names,
      @ForAll @Size(max = 30) Set<@StringLength(max = 6) String> others) {
    Map<String, Integer> entries = new LinkedHashMap<>();
    names.forEach(n -> entries.put(n, entries.size()));
    NameTable<Integer> table = new NameTable<>(entries);

    entries.forEach((name, value) -> assertThat(table.get(new String(name))).isEqualTo(value));
    for (String other : others) {
      assertThat(table.get(other)).isEqualTo(entries.get(other));
    }
  }

  @Property(tries = 200)
  void namesThatLookAlikeToTheHashStayApart(@ForAll @Size(min = 1, max = 40) Set<Character> middles) {
    // Same length, first and last character: only the middle one tells them apart.
    Map<String, Character> entries = new LinkedHashMap<>();
    middles.forEach(c -> entries.put("a" + c + "z", c));
    entries.put("", ' ');
    NameTable<Character> table = new NameTable<>(entries);

    entries.forEach((name, value) -> assertThat(table.get(name)).isEqualTo(value));
    assertThat(table.get("a")).isNull();
    assertThat(table.get("a?zz")).isNull();
  }
}
