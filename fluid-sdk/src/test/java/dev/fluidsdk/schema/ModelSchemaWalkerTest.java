package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.annotations.SerializedName;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.FluidEnum;
import dev.fluidsdk.model.FluidModel;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModelSchemaWalkerTest {

  enum Color implements FluidEnum {
    NONE(""),
    RED("Red"),
    BLUE("Blue"),
    UNRECOGNIZED(null);

    private final String value;

    Color(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  @SuppressWarnings("unused")
  static final class Leaf extends FluidModel {
    @SerializedName("size")
    private Quantity size;

    @SerializedName("port")
    private IntOrString port;

    @SerializedName("at")
    private OffsetDateTime at;

    @SerializedName("color")
    private String color;

    @SerializedName("plain")
    private String plain;

    public Color getColor() {
      return FluidEnum.parse(Color.class, color, Color.UNRECOGNIZED);
    }
  }

  @SuppressWarnings("unused")
  static final class Root extends FluidModel {
    static final String IGNORED_CONSTANT = "x";

    @SerializedName("apiVersion")
    private String apiVersion;

    @SerializedName("metadata")
    private V1ObjectMeta metadata;

    @SerializedName("replicaCount")
    private Integer replicas;

    @SerializedName("uid")
    private Long uid;

    @SerializedName("enabled")
    private Boolean enabled;

    @SerializedName("leaves")
    private List<Leaf> leaves;

    @SerializedName("labels")
    private Map<String, String> labels;

    @SerializedName("limits")
    private Map<String, Quantity> limits;

    @SerializedName("tolerations")
    private List<V1Toleration> tolerations;

    @SerializedName("env")
    private V1EnvVar env;

    @SerializedName("raw")
    private JsonElement raw;

    private transient String cache;
  }

  @Test
  void followsSerializedNamesIntoNestedModelsListsAndMaps() {
    Map<String, JsonType> paths = ModelSchemaWalker.walk(Root.class).paths();

    assertThat(paths)
        .containsEntry("replicaCount", JsonType.INTEGER)
        .containsEntry("uid", JsonType.INTEGER)
        .containsEntry("enabled", JsonType.BOOLEAN)
        .containsEntry("leaves", JsonType.ARRAY)
        .containsEntry("leaves[]", JsonType.OBJECT)
        .containsEntry("leaves[].size", JsonType.INT_OR_STRING)
        .containsEntry("leaves[].port", JsonType.INT_OR_STRING)
        .containsEntry("leaves[].at", JsonType.STRING)
        .containsEntry("labels", JsonType.OBJECT)
        .containsEntry("labels{}", JsonType.STRING)
        .containsEntry("limits{}", JsonType.INT_OR_STRING)
        .containsEntry("raw", JsonType.ANY)
        .doesNotContainKeys("replicas", "cache", "IGNORED_CONSTANT", "additionalProperties");
  }

  @Test
  void walksClientJavaModelsByTheirSerializedNamesWithTheirRequiredFields() {
    SchemaNode root = ModelSchemaWalker.walk(Root.class);

    assertThat(root.paths())
        .containsEntry("tolerations[].key", JsonType.STRING)
        .containsEntry("tolerations[].tolerationSeconds", JsonType.INTEGER)
        .containsEntry("env.valueFrom.secretKeyRef.name", JsonType.STRING);
    assertThat(root.at("env").required()).containsExactly("name");
    assertThat(root.at("env.valueFrom.secretKeyRef").required()).containsExactly("key");
  }

  @Test
  void keepsFormatsAndTheValuesOfAFluidEnumGetter() {
    SchemaNode root = ModelSchemaWalker.walk(Root.class);

    assertThat(root.at("replicaCount").format()).isEqualTo("int32");
    assertThat(root.at("uid").format()).isEqualTo("int64");
    assertThat(root.at("leaves[].at").format()).isEqualTo("date-time");
    assertThat(root.at("leaves[].color").enumValues()).containsExactly("", "Red", "Blue");
    assertThat(root.at("leaves[].plain").enumValues()).isEmpty();
  }

  @Test
  void topLevelMetadataIsAnOpaqueObject() {
    SchemaNode root = ModelSchemaWalker.walk(Root.class);

    assertThat(root.at("metadata").type()).isEqualTo(JsonType.OBJECT);
    assertThat(root.at("metadata").isOpaque()).isTrue();
    assertThat(root.paths().keySet()).noneMatch(p -> p.startsWith("metadata."));
  }

  @Test
  void propertiesAreSortedWhateverTheFieldOrder() {
    SchemaNode root = ModelSchemaWalker.walk(Root.class);

    assertThat(root.properties().keySet())
        .containsExactly(
            "apiVersion", "enabled", "env", "labels", "leaves", "limits", "metadata", "raw",
            "replicaCount", "tolerations", "uid");
  }

  @SuppressWarnings("unused")
  static final class Unsupported extends FluidModel {
    @SerializedName("inner")
    private Inner inner;

    static final class Inner extends FluidModel {
      @SerializedName("id")
      private UUID id;
    }
  }

  @Test
  void anUnsupportedJavaTypeIsReportedWithItsPath() {
    assertThatThrownBy(() -> ModelSchemaWalker.walk(Unsupported.class))
        .isInstanceOf(SchemaException.class)
        .hasMessageStartingWith("inner.id: unsupported type java.util.UUID");
  }

  @Test
  void theDatasetModelHasThePathsOfItsNestedTypes() {
    SchemaNode ds = ModelSchemaWalker.walk(Dataset.class);

    assertThat(ds.paths())
        .containsEntry("spec.mounts[].encryptOptions[].valueFrom.secretKeyRef.name", JsonType.STRING)
        .containsEntry("spec.mounts[].options{}", JsonType.STRING)
        .containsEntry("spec.mounts[].readOnly", JsonType.BOOLEAN)
        .containsEntry("kind", JsonType.STRING);
    assertThat(ds.at("status.phase").enumValues()).contains("Bound", "Pending");
  }
}
