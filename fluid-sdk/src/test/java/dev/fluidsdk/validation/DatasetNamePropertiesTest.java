package dev.fluidsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.model.Dataset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The name grammar (DNS-1123 subdomain, then Fluid's DNS-1035 label) and mount-name uniqueness. */
class DatasetNamePropertiesTest {

  @Property(tries = 300)
  void everyDns1035LabelIsAValidDatasetName(@ForAll("dns1035Labels") String name) {
    assertThat(Dataset.builder().name(name).build().validate()).isEmpty();
  }

  @Property(tries = 300)
  void aNameWithAForbiddenCharacterGivesOneViolationOnMetadataName(
      @ForAll("dns1035Labels") String name, @ForAll("forbidden") char bad, @ForAll int seed) {
    int at = Math.floorMod(seed, name.length() + 1);
    String broken = name.substring(0, at) + bad + name.substring(at);

    List<Violation> found = Dataset.builder().name(broken).build().validate();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path()).isEqualTo("metadata.name");
  }

  @Property(tries = 200)
  void everyRepeatedMountNameIsReportedOnceAtItsLaterIndex(
      @ForAll("mountNameLists") List<String> names) {
    Dataset.Builder b = Dataset.builder().name("d");
    for (String n : names) {
      b.mount(m -> m.name(n).mountPoint("RDMA://10.0.0.1:8000"));
    }
    List<String> expected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      if (!seen.add(names.get(i))) {
        expected.add("spec.mounts[" + i + "].name");
      }
    }

    assertThat(b.build().validate()).extracting(Violation::path).containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<String> dns1035Labels() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> middle =
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-')
            .ofMaxLength(61);
    Arbitrary<Character> last =
        Arbitraries.chars().range('a', 'z').range('0', '9');
    return Combinators.combine(first, middle, last, Arbitraries.of(true, false))
        .as((f, m, l, single) -> single ? String.valueOf(f) : f + m + l);
  }

  @Provide
  Arbitrary<Character> forbidden() {
    return Arbitraries.of('A', 'Z', '_', ' ', '/', ':', '\u00e9');
  }

  @Provide
  Arbitrary<List<String>> mountNameLists() {
    return Arbitraries.of("a", "b", "c", "data", "models").list().ofMaxSize(6);
  }
}
