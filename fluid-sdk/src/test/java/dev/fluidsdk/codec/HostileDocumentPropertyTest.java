package dev.fluidsdk.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.FluidObject;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeProfile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The golden Dataset, ThinRuntime and ThinRuntimeProfile with one to three of their values
 * replaced by a value of another JSON type (or a hostile one: huge numbers, bad dates and
 * quantities, deep nesting, long strings), or an unknown key added. Whatever the document, reading
 * it from text (streaming) and from a tree must agree, fail only with a {@link
 * FluidCodecException}, and what reads must write back to JSON that reads as the same object.
 */
class HostileDocumentPropertyTest {
  private static final Map<String, Class<? extends FluidObject>> GOLDEN = Map.of(
      "dataset-full.yaml", Dataset.class,
      "thinruntime-full.yaml", ThinRuntime.class,
      "thinruntimeprofile-full.yaml", ThinRuntimeProfile.class);

  private static final AtomicInteger READ = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();

  @AfterContainer
  static void report() {
    System.out.printf("hostile Fluid documents: %d read, %d refused with a FluidCodecException%n",
        READ.get(), REFUSED.get());
  }

  @Property(tries = 2500, generation = GenerationMode.RANDOMIZED)
  void aMutatedDocumentReadsTheSameBothWaysOrFailsWithACodecError(
      @ForAll("golden") String golden, @ForAll("seeds") long seed) throws IOException {
    Class<? extends FluidObject> type = GOLDEN.get(golden);
    JsonElement tree = mutate(FluidYaml.trees(resource(golden)).get(0), new Random(seed));
    String text = tree.toString();

    Object fromText = outcome(() -> FluidJson.fromJson(text, type));
    Object fromTree = outcome(() -> FluidJson.fromTree(JsonParser.parseString(text), type));

    if (fromText instanceof FluidCodecException || fromTree instanceof FluidCodecException) {
      REFUSED.incrementAndGet();
      assertThat(fromText).as("from text, while from a tree: %s", describe(fromTree))
          .isInstanceOf(FluidCodecException.class);
      assertThat(fromTree).as("from a tree, while from text: %s", describe(fromText))
          .isInstanceOf(FluidCodecException.class);
      assertThat(((FluidCodecException) fromText).getMessage()).isNotBlank();
      return;
    }
    READ.incrementAndGet();
    FluidObject object = type.cast(fromText);
    assertThat(FluidJson.toJson(object)).as("text and tree read alike").isEqualTo(FluidJson.toJson(fromTree));
    String written = FluidJson.toJson(object);
    FluidObject again = FluidJson.fromJson(written, type);
    assertThat(FluidJson.toJson(again)).isEqualTo(written);
    assertThat(again).as("equal after a round trip of %s", written).isEqualTo(object);
    assertThat(again.hashCode()).isEqualTo(object.hashCode());
    assertThat(object.validate()).isNotNull();
  }

  private static String describe(Object outcome) {
    return outcome instanceof FluidCodecException e ? "FluidCodecException at " + e.path() + ": " + e.getMessage()
        : "read fine";
  }

  /** The value, or the FluidCodecException; any other exception fails the property. */
  private static Object outcome(java.util.function.Supplier<Object> read) {
    try {
      return read.get();
    } catch (FluidCodecException e) {
      return e;
    }
  }

  @Provide
  Arbitrary<String> golden() {
    return Arbitraries.of(GOLDEN.keySet().stream().sorted().toList());
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  static JsonElement mutate(JsonElement root, Random rnd) {
    JsonElement doc = root.deepCopy();
    int n = 1 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      List<JsonElement[]> slots = new ArrayList<>(); // {parent, key-or-index as primitive}
      collect(doc, slots);
      JsonElement[] slot = slots.get(rnd.nextInt(slots.size()));
      JsonElement parent = slot[0];
      if (parent.isJsonObject() && rnd.nextInt(5) == 0) {
        parent.getAsJsonObject().add("x-unknown-" + rnd.nextInt(1000), hostile(rnd));
      } else if (parent.isJsonObject()) {
        parent.getAsJsonObject().add(slot[1].getAsString(), hostile(rnd));
      } else {
        parent.getAsJsonArray().set(slot[1].getAsInt(), hostile(rnd));
      }
    }
    return doc;
  }

  private static void collect(JsonElement e, List<JsonElement[]> slots) {
    if (e.isJsonObject()) {
      for (Map.Entry<String, JsonElement> en : e.getAsJsonObject().entrySet()) {
        // keep the kind, or the document would simply be another kind
        if (!en.getKey().equals("kind") && !en.getKey().equals("apiVersion")) {
          slots.add(new JsonElement[] {e, new JsonPrimitive(en.getKey())});
        }
        collect(en.getValue(), slots);
      }
    } else if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      for (int i = 0; i < a.size(); i++) {
        slots.add(new JsonElement[] {e, new JsonPrimitive(i)});
        collect(a.get(i), slots);
      }
    }
  }

  static JsonElement hostile(Random rnd) {
    switch (rnd.nextInt(22)) {
      case 0: return JsonNull.INSTANCE;
      case 1: return new JsonPrimitive(true);
      case 2: return new JsonPrimitive(0);
      case 3: return new JsonPrimitive(-1);
      case 4: return new JsonPrimitive(1.5);
      case 5: return new JsonPrimitive(new BigInteger("123456789012345678901234567890"));
      case 6: return new JsonPrimitive("");
      case 7: return new JsonPrimitive("x");
      case 8: return new JsonPrimitive("2024-13-45T99:99:99Z");
      case 9: return new JsonPrimitive("2024-05-01T10:00:07.123456789+05:30");
      case 10: return new JsonPrimitive("1Gi");
      case 11: return new JsonPrimitive("-1.5e3Mi");
      case 12: return new JsonPrimitive("\u0000\n\u202e$(id)");
      case 13: return new JsonArray();
      case 14: {
        JsonArray a = new JsonArray();
        a.add(1);
        a.add("s");
        a.add(JsonNull.INSTANCE);
        return a;
      }
      case 15: return new JsonObject();
      case 16: {
        JsonObject o = new JsonObject();
        o.addProperty("a", 1);
        o.add("b", new JsonArray());
        return o;
      }
      case 17: return new JsonPrimitive("y".repeat(5000));
      case 18: {
        JsonElement deep = new JsonPrimitive(1);
        for (int i = 0; i < 60; i++) {
          JsonArray a = new JsonArray();
          a.add(deep);
          deep = a;
        }
        return deep;
      }
      case 19: return new JsonPrimitive(1e300);
      case 20: return new JsonPrimitive("9223372036854775808");
      default: return new JsonPrimitive(Long.MIN_VALUE);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HostileDocumentPropertyTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
