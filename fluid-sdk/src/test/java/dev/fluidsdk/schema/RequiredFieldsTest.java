package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.annotations.SerializedName;
import dev.fluidsdk.model.FluidModel;
import dev.fluidsdk.validation.Violation;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredFieldsTest {

  @SuppressWarnings("unused")
  static final class Part extends FluidModel {
    @SerializedName("id")
    private String id;

    @SerializedName("note")
    private String note;
  }

  @SuppressWarnings("unused")
  static final class WidgetSpec extends FluidModel {
    @SerializedName("name")
    private String name;

    @SerializedName("parts")
    private List<Part> parts;

    @SerializedName("toleration")
    private V1Toleration toleration;
  }

  @SuppressWarnings("unused")
  static final class Widget extends FluidModel {
    @SerializedName("spec")
    private WidgetSpec spec;

    @SerializedName("comment")
    private String comment;

    /** Requires spec, spec.name and every part's id; complains about other things too. */
    public List<Violation> validate() {
      List<Violation> v = new ArrayList<>();
      v.add(new Violation("comment", "must be short"));
      if (spec == null) {
        v.add(new Violation("spec", "required"));
        return v;
      }
      if (spec.name == null) {
        v.add(new Violation("spec.name", "required"));
      }
      if (spec.parts != null) {
        for (int i = 0; i < spec.parts.size(); i++) {
          if (spec.parts.get(i).id == null) {
            v.add(new Violation("spec.parts[" + i + "].id", "required"));
          }
        }
      }
      return v;
    }
  }

  @Test
  void findsWhatTheValidatorRequiresAtEveryLevel() {
    assertThat(RequiredFields.of(Widget.class))
        .containsExactly("spec", "spec.name", "spec.parts[].id");
  }

  @Test
  void aClassWithoutValidateRequiresNothing() {
    assertThat(RequiredFields.of(Part.class)).isEmpty();
  }
}
