package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/** Fluid's {@code User}: the identity a runtime runs as or a dataset belongs to. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class User extends FluidModel {
  @SerializedName("uid")
  private Long uid;

  @SerializedName("gid")
  private Long gid;

  @SerializedName("user")
  private String user;

  @SerializedName("group")
  private String group;

  private User() {}

  private User(Builder b) {
    super(b);
    this.uid = b.uid;
    this.gid = b.gid;
    this.user = b.user;
    this.group = b.group;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public Long getUid() {
    return uid;
  }

  public Long getGid() {
    return gid;
  }

  /** JSON {@code user}. */
  public String getUser() {
    return user;
  }

  /** JSON {@code group}. */
  public String getGroup() {
    return group;
  }

  /** Builds a {@link User}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private Long uid;
    private Long gid;
    private String user;
    private String group;

    private Builder() {}

    private Builder(User from) {
      super(from);
      this.uid = from.uid;
      this.gid = from.gid;
      this.user = from.user;
      this.group = from.group;
    }

    public Builder uid(Long uid) {
      this.uid = uid;
      return this;
    }

    public Builder gid(Long gid) {
      this.gid = gid;
      return this;
    }

    public Builder user(String user) {
      this.user = user;
      return this;
    }

    public Builder group(String group) {
      this.group = group;
      return this;
    }

    public User build() {
      return new User(this);
    }
  }
}
