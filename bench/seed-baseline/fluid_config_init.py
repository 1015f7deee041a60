#!/usr/bin/env python3
# Baseline only (see README.md): the seed's config script. It pastes Fluid's values into a shell
# script, exactly the flaw the project removes; do not reuse.
import json
import os

root = os.environ.get("SEED_ROOT", "")

raw = ""
for candidate in ("/etc/fluid/config/config.json", "/etc/fluid/config.json"):
    try:
        with open(root + candidate, "r") as f:
            raw = f.read()
        break
    except OSError:
        pass

config = json.loads(raw)

body = """
set -ex
ROOT="%(root)s"
MNT_FROM=$mountPoint
TOKEN=$(echo $MNT_FROM | awk -F'@' '{print $1}')
MGMTD=$(echo $MNT_FROM | awk -F'@' '{print $2}' | awk -F'://' '{print $2}')
echo $TOKEN > $ROOT/opt/3fs/etc/token.txt
sed -i "s#RDMA://0.0.0.0:8000#${MGMTD}#g" $ROOT/opt/3fs/etc/hf3fs_fuse_main_launcher.toml
MNT_TO=$targetPath
trap "umount ${MNT_TO}" SIGTERM
mkdir -p ${MNT_TO}
sed -i "s#/3fs/stage#${MNT_TO}#g" $ROOT/opt/3fs/etc/hf3fs_fuse_main_launcher.toml
LD_LIBRARY_PATH=$ROOT/opt/3fs/bin $ROOT/opt/3fs/bin/hf3fs_fuse_main --launcher_cfg $ROOT/opt/3fs/etc/hf3fs_fuse_main_launcher.toml
""" % {"root": root}

with open(root + "/mount-3fs.sh", "w") as f:
    f.write("#!/bin/sh\n")
    f.write('mountPoint="%s"\n' % config["mounts"][0]["mountPoint"])
    f.write('targetPath="%s"\n' % config["targetPath"])
    f.write(body)
