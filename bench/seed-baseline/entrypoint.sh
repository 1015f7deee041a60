#!/usr/bin/env bash
# Baseline only (see README.md): the seed's FUSE container entrypoint.
set +x
ROOT="${SEED_ROOT:-}"
echo "sleep inf" > "$ROOT/mount-3fs.sh"
python3 "${SEED_INIT_SCRIPT:-$ROOT/fluid_config_init.py}"
chmod u+x "$ROOT/mount-3fs.sh"
bash "$ROOT/mount-3fs.sh"
