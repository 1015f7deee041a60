/**
 * The 3FS mount point of a Fluid {@code Dataset} ({@code spec.mounts[].mountPoint}) and the 3FS
 * user token: parsing, strict validation and canonical formatting.
 *
 * <p>Grammar: {@code [TOKEN@]ADDR[,ADDR...][/sub/dir]} with {@code ADDR = [SCHEME://]A.B.C.D:PORT}.
 * See {@link dev.fluidsdk.threefs.mount.ThreeFsMountPoint} for every rule and the decisions taken
 * where 3FS itself is lax.
 *
 * <p>This package depends on the JDK only (no Kubernetes or Fluid classes, no logging), because it
 * also ships alone inside the FUSE image. Nothing here ever puts a token into an exception message
 * or a {@code toString()}; {@link dev.fluidsdk.threefs.mount.Token#reveal()} and {@link
 * dev.fluidsdk.threefs.mount.ThreeFsMountPoint#formatWithToken()} are the only ways to get it back.
 */
package dev.fluidsdk.threefs.mount;
