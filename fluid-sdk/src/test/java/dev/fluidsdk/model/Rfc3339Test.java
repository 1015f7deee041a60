package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

  @Test
  void readsTheServersFormAndAnyOtherOffsetForm() {
    assertThat(Rfc3339.parse("2024-05-01T10:00:07Z"))
        .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 7, 0, ZoneOffset.UTC));
    assertThat(Rfc3339.parse("2024-05-01T12:00:07.5+02:00").toInstant())
        .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 7, 500_000_000, ZoneOffset.UTC).toInstant());
  }

  @Test
  void rejectsWhatIsNotATime() {
    assertThatThrownBy(() -> Rfc3339.parse("2024-13-01T10:00:00Z")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Rfc3339.parse("2024-05-01T10:0x:00Z")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Rfc3339.parse("2024-05-01 10:00:00")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void writesWholeSecondsInUtcAndMicrosOnlyWhenPresent() {
    assertThat(Rfc3339.format(OffsetDateTime.of(2024, 5, 1, 12, 0, 7, 0, ZoneOffset.ofHours(2))))
        .isEqualTo("2024-05-01T10:00:07Z");
    assertThat(Rfc3339.format(OffsetDateTime.of(2024, 5, 1, 10, 0, 7, 123_456_789, ZoneOffset.UTC)))
        .isEqualTo("2024-05-01T10:00:07.123456Z");
  }
}
