package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.openapi.models.V1AWSElasticBlockStoreVolumeSource;
import io.kubernetes.client.openapi.models.V1AzureDiskVolumeSource;
import io.kubernetes.client.openapi.models.V1AzureFileVolumeSource;
import io.kubernetes.client.openapi.models.V1CSIVolumeSource;
import io.kubernetes.client.openapi.models.V1CephFSVolumeSource;
import io.kubernetes.client.openapi.models.V1CinderVolumeSource;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1DownwardAPIVolumeSource;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EphemeralVolumeSource;
import io.kubernetes.client.openapi.models.V1FCVolumeSource;
import io.kubernetes.client.openapi.models.V1FlexVolumeSource;
import io.kubernetes.client.openapi.models.V1FlockerVolumeSource;
import io.kubernetes.client.openapi.models.V1GCEPersistentDiskVolumeSource;
import io.kubernetes.client.openapi.models.V1GitRepoVolumeSource;
import io.kubernetes.client.openapi.models.V1GlusterfsVolumeSource;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1ISCSIVolumeSource;
import io.kubernetes.client.openapi.models.V1NFSVolumeSource;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PhotonPersistentDiskVolumeSource;
import io.kubernetes.client.openapi.models.V1PortworxVolumeSource;
import io.kubernetes.client.openapi.models.V1ProjectedVolumeSource;
import io.kubernetes.client.openapi.models.V1QuobyteVolumeSource;
import io.kubernetes.client.openapi.models.V1RBDVolumeSource;
import io.kubernetes.client.openapi.models.V1ScaleIOVolumeSource;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1StorageOSVolumeSource;
import io.kubernetes.client.openapi.models.V1VsphereVirtualDiskVolumeSource;

/**
 * Fluid's {@code VolumeSource}, which only inlines Kubernetes' {@code VolumeSource}: a volume
 * without its name, with the sources Fluid's CRD lists. client-java has no class for it (its {@code
 * V1Volume} requires a name), so this class holds client-java's source types, one field each; set
 * exactly one. A source this SDK does not list is kept as an unknown property.
 */
@JsonAdapter(PreservingAdapterFactory.class)
public final class VolumeSource extends FluidModel {
  @SerializedName("awsElasticBlockStore") private V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore;
  @SerializedName("azureDisk") private V1AzureDiskVolumeSource azureDisk;
  @SerializedName("azureFile") private V1AzureFileVolumeSource azureFile;
  @SerializedName("cephfs") private V1CephFSVolumeSource cephfs;
  @SerializedName("cinder") private V1CinderVolumeSource cinder;
  @SerializedName("configMap") private V1ConfigMapVolumeSource configMap;
  @SerializedName("csi") private V1CSIVolumeSource csi;
  @SerializedName("downwardAPI") private V1DownwardAPIVolumeSource downwardAPI;
  @SerializedName("emptyDir") private V1EmptyDirVolumeSource emptyDir;
  @SerializedName("ephemeral") private V1EphemeralVolumeSource ephemeral;
  @SerializedName("fc") private V1FCVolumeSource fc;
  @SerializedName("flexVolume") private V1FlexVolumeSource flexVolume;
  @SerializedName("flocker") private V1FlockerVolumeSource flocker;
  @SerializedName("gcePersistentDisk") private V1GCEPersistentDiskVolumeSource gcePersistentDisk;
  @SerializedName("gitRepo") private V1GitRepoVolumeSource gitRepo;
  @SerializedName("glusterfs") private V1GlusterfsVolumeSource glusterfs;
  @SerializedName("hostPath") private V1HostPathVolumeSource hostPath;
  @SerializedName("iscsi") private V1ISCSIVolumeSource iscsi;
  @SerializedName("nfs") private V1NFSVolumeSource nfs;
  @SerializedName("persistentVolumeClaim") private V1PersistentVolumeClaimVolumeSource persistentVolumeClaim;
  @SerializedName("photonPersistentDisk") private V1PhotonPersistentDiskVolumeSource photonPersistentDisk;
  @SerializedName("portworxVolume") private V1PortworxVolumeSource portworxVolume;
  @SerializedName("projected") private V1ProjectedVolumeSource projected;
  @SerializedName("quobyte") private V1QuobyteVolumeSource quobyte;
  @SerializedName("rbd") private V1RBDVolumeSource rbd;
  @SerializedName("scaleIO") private V1ScaleIOVolumeSource scaleIO;
  @SerializedName("secret") private V1SecretVolumeSource secret;
  @SerializedName("storageos") private V1StorageOSVolumeSource storageos;
  @SerializedName("vsphereVolume") private V1VsphereVirtualDiskVolumeSource vsphereVolume;

  private VolumeSource() {}

  private VolumeSource(Builder b) {
    super(b);
    this.awsElasticBlockStore = b.awsElasticBlockStore;
    this.azureDisk = b.azureDisk;
    this.azureFile = b.azureFile;
    this.cephfs = b.cephfs;
    this.cinder = b.cinder;
    this.configMap = b.configMap;
    this.csi = b.csi;
    this.downwardAPI = b.downwardAPI;
    this.emptyDir = b.emptyDir;
    this.ephemeral = b.ephemeral;
    this.fc = b.fc;
    this.flexVolume = b.flexVolume;
    this.flocker = b.flocker;
    this.gcePersistentDisk = b.gcePersistentDisk;
    this.gitRepo = b.gitRepo;
    this.glusterfs = b.glusterfs;
    this.hostPath = b.hostPath;
    this.iscsi = b.iscsi;
    this.nfs = b.nfs;
    this.persistentVolumeClaim = b.persistentVolumeClaim;
    this.photonPersistentDisk = b.photonPersistentDisk;
    this.portworxVolume = b.portworxVolume;
    this.projected = b.projected;
    this.quobyte = b.quobyte;
    this.rbd = b.rbd;
    this.scaleIO = b.scaleIO;
    this.secret = b.secret;
    this.storageos = b.storageos;
    this.vsphereVolume = b.vsphereVolume;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public V1AWSElasticBlockStoreVolumeSource getAwsElasticBlockStore() {
    return awsElasticBlockStore;
  }

  public V1AzureDiskVolumeSource getAzureDisk() {
    return azureDisk;
  }

  public V1AzureFileVolumeSource getAzureFile() {
    return azureFile;
  }

  public V1CephFSVolumeSource getCephfs() {
    return cephfs;
  }

  public V1CinderVolumeSource getCinder() {
    return cinder;
  }

  public V1ConfigMapVolumeSource getConfigMap() {
    return configMap;
  }

  public V1CSIVolumeSource getCsi() {
    return csi;
  }

  public V1DownwardAPIVolumeSource getDownwardAPI() {
    return downwardAPI;
  }

  public V1EmptyDirVolumeSource getEmptyDir() {
    return emptyDir;
  }

  public V1EphemeralVolumeSource getEphemeral() {
    return ephemeral;
  }

  public V1FCVolumeSource getFc() {
    return fc;
  }

  public V1FlexVolumeSource getFlexVolume() {
    return flexVolume;
  }

  public V1FlockerVolumeSource getFlocker() {
    return flocker;
  }

  public V1GCEPersistentDiskVolumeSource getGcePersistentDisk() {
    return gcePersistentDisk;
  }

  public V1GitRepoVolumeSource getGitRepo() {
    return gitRepo;
  }

  public V1GlusterfsVolumeSource getGlusterfs() {
    return glusterfs;
  }

  public V1HostPathVolumeSource getHostPath() {
    return hostPath;
  }

  public V1ISCSIVolumeSource getIscsi() {
    return iscsi;
  }

  public V1NFSVolumeSource getNfs() {
    return nfs;
  }

  public V1PersistentVolumeClaimVolumeSource getPersistentVolumeClaim() {
    return persistentVolumeClaim;
  }

  public V1PhotonPersistentDiskVolumeSource getPhotonPersistentDisk() {
    return photonPersistentDisk;
  }

  public V1PortworxVolumeSource getPortworxVolume() {
    return portworxVolume;
  }

  public V1ProjectedVolumeSource getProjected() {
    return projected;
  }

  public V1QuobyteVolumeSource getQuobyte() {
    return quobyte;
  }

  public V1RBDVolumeSource getRbd() {
    return rbd;
  }

  public V1ScaleIOVolumeSource getScaleIO() {
    return scaleIO;
  }

  public V1SecretVolumeSource getSecret() {
    return secret;
  }

  public V1StorageOSVolumeSource getStorageos() {
    return storageos;
  }

  public V1VsphereVirtualDiskVolumeSource getVsphereVolume() {
    return vsphereVolume;
  }

  /** Builds a {@link VolumeSource}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore;
    private V1AzureDiskVolumeSource azureDisk;
    private V1AzureFileVolumeSource azureFile;
    private V1CephFSVolumeSource cephfs;
    private V1CinderVolumeSource cinder;
    private V1ConfigMapVolumeSource configMap;
    private V1CSIVolumeSource csi;
    private V1DownwardAPIVolumeSource downwardAPI;
    private V1EmptyDirVolumeSource emptyDir;
    private V1EphemeralVolumeSource ephemeral;
    private V1FCVolumeSource fc;
    private V1FlexVolumeSource flexVolume;
    private V1FlockerVolumeSource flocker;
    private V1GCEPersistentDiskVolumeSource gcePersistentDisk;
    private V1GitRepoVolumeSource gitRepo;
    private V1GlusterfsVolumeSource glusterfs;
    private V1HostPathVolumeSource hostPath;
    private V1ISCSIVolumeSource iscsi;
    private V1NFSVolumeSource nfs;
    private V1PersistentVolumeClaimVolumeSource persistentVolumeClaim;
    private V1PhotonPersistentDiskVolumeSource photonPersistentDisk;
    private V1PortworxVolumeSource portworxVolume;
    private V1ProjectedVolumeSource projected;
    private V1QuobyteVolumeSource quobyte;
    private V1RBDVolumeSource rbd;
    private V1ScaleIOVolumeSource scaleIO;
    private V1SecretVolumeSource secret;
    private V1StorageOSVolumeSource storageos;
    private V1VsphereVirtualDiskVolumeSource vsphereVolume;

    private Builder() {}

    private Builder(VolumeSource from) {
      super(from);
      this.awsElasticBlockStore = from.awsElasticBlockStore;
      this.azureDisk = from.azureDisk;
      this.azureFile = from.azureFile;
      this.cephfs = from.cephfs;
      this.cinder = from.cinder;
      this.configMap = from.configMap;
      this.csi = from.csi;
      this.downwardAPI = from.downwardAPI;
      this.emptyDir = from.emptyDir;
      this.ephemeral = from.ephemeral;
      this.fc = from.fc;
      this.flexVolume = from.flexVolume;
      this.flocker = from.flocker;
      this.gcePersistentDisk = from.gcePersistentDisk;
      this.gitRepo = from.gitRepo;
      this.glusterfs = from.glusterfs;
      this.hostPath = from.hostPath;
      this.iscsi = from.iscsi;
      this.nfs = from.nfs;
      this.persistentVolumeClaim = from.persistentVolumeClaim;
      this.photonPersistentDisk = from.photonPersistentDisk;
      this.portworxVolume = from.portworxVolume;
      this.projected = from.projected;
      this.quobyte = from.quobyte;
      this.rbd = from.rbd;
      this.scaleIO = from.scaleIO;
      this.secret = from.secret;
      this.storageos = from.storageos;
      this.vsphereVolume = from.vsphereVolume;
    }

    public Builder awsElasticBlockStore(V1AWSElasticBlockStoreVolumeSource awsElasticBlockStore) {
      this.awsElasticBlockStore = awsElasticBlockStore;
      return this;
    }

    public Builder azureDisk(V1AzureDiskVolumeSource azureDisk) {
      this.azureDisk = azureDisk;
      return this;
    }

    public Builder azureFile(V1AzureFileVolumeSource azureFile) {
      this.azureFile = azureFile;
      return this;
    }

    public Builder cephfs(V1CephFSVolumeSource cephfs) {
      this.cephfs = cephfs;
      return this;
    }

    public Builder cinder(V1CinderVolumeSource cinder) {
      this.cinder = cinder;
      return this;
    }

    public Builder configMap(V1ConfigMapVolumeSource configMap) {
      this.configMap = configMap;
      return this;
    }

    public Builder csi(V1CSIVolumeSource csi) {
      this.csi = csi;
      return this;
    }

    public Builder downwardAPI(V1DownwardAPIVolumeSource downwardAPI) {
      this.downwardAPI = downwardAPI;
      return this;
    }

    public Builder emptyDir(V1EmptyDirVolumeSource emptyDir) {
      this.emptyDir = emptyDir;
      return this;
    }

    public Builder ephemeral(V1EphemeralVolumeSource ephemeral) {
      this.ephemeral = ephemeral;
      return this;
    }

    public Builder fc(V1FCVolumeSource fc) {
      this.fc = fc;
      return this;
    }

    public Builder flexVolume(V1FlexVolumeSource flexVolume) {
      this.flexVolume = flexVolume;
      return this;
    }

    public Builder flocker(V1FlockerVolumeSource flocker) {
      this.flocker = flocker;
      return this;
    }

    public Builder gcePersistentDisk(V1GCEPersistentDiskVolumeSource gcePersistentDisk) {
      this.gcePersistentDisk = gcePersistentDisk;
      return this;
    }

    public Builder gitRepo(V1GitRepoVolumeSource gitRepo) {
      this.gitRepo = gitRepo;
      return this;
    }

    public Builder glusterfs(V1GlusterfsVolumeSource glusterfs) {
      this.glusterfs = glusterfs;
      return this;
    }

    public Builder hostPath(V1HostPathVolumeSource hostPath) {
      this.hostPath = hostPath;
      return this;
    }

    public Builder iscsi(V1ISCSIVolumeSource iscsi) {
      this.iscsi = iscsi;
      return this;
    }

    public Builder nfs(V1NFSVolumeSource nfs) {
      this.nfs = nfs;
      return this;
    }

    public Builder persistentVolumeClaim(V1PersistentVolumeClaimVolumeSource persistentVolumeClaim) {
      this.persistentVolumeClaim = persistentVolumeClaim;
      return this;
    }

    public Builder photonPersistentDisk(V1PhotonPersistentDiskVolumeSource photonPersistentDisk) {
      this.photonPersistentDisk = photonPersistentDisk;
      return this;
    }

    public Builder portworxVolume(V1PortworxVolumeSource portworxVolume) {
      this.portworxVolume = portworxVolume;
      return this;
    }

    public Builder projected(V1ProjectedVolumeSource projected) {
      this.projected = projected;
      return this;
    }

    public Builder quobyte(V1QuobyteVolumeSource quobyte) {
      this.quobyte = quobyte;
      return this;
    }

    public Builder rbd(V1RBDVolumeSource rbd) {
      this.rbd = rbd;
      return this;
    }

    public Builder scaleIO(V1ScaleIOVolumeSource scaleIO) {
      this.scaleIO = scaleIO;
      return this;
    }

    public Builder secret(V1SecretVolumeSource secret) {
      this.secret = secret;
      return this;
    }

    public Builder storageos(V1StorageOSVolumeSource storageos) {
      this.storageos = storageos;
      return this;
    }

    public Builder vsphereVolume(V1VsphereVirtualDiskVolumeSource vsphereVolume) {
      this.vsphereVolume = vsphereVolume;
      return this;
    }

    public VolumeSource build() {
      return new VolumeSource(this);
    }
  }
}
